import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import { benchProtectionsOff } from '../bench/bench-instrumentation';
import { QueryLimitsRule } from './query-limits';

/**
 * Lexical tokens one document may hold. The web client's largest document with every fragment
 * of data-access is about 1,060 tokens; graphql-js stops parsing at the limit, so a huge
 * document costs nothing more than this.
 */
export const MAX_TOKENS = 3000;

/**
 * graphql-armor's estimate (object 2, scalar 1, ×1.5 per level, × a literal `first`). The web
 * client's costliest operation (Search) is about 2,900; `operation-rules.spec.ts` keeps every
 * document of data-access under the limit.
 */
export const MAX_COST = 5000;

/** The cost limit as a validation rule that reports (rather than throws) like graphql-js's own. */
export const QueryCostRule: ValidationRule = costLimitRule({
  maxCost: MAX_COST,
  ignoreIntrospection: true,
  exposeLimits: false,
  propagateOnRejection: false,
  onReject: [(context) => context?.reportError(new GraphQLError(`The query is too costly (over ${MAX_COST}): ask for fewer fields or smaller pages.`))],
}) as unknown as ValidationRule;

/**
 * The rules every operation passes besides graphql-js's, over HTTP (Apollo's validationRules)
 * and over WebSocket (graphql-ws's validate): depth, aliases and cost; in production no
 * introspection either (Apollo adds that rule itself on HTTP; graphql-ws must be told).
 * `npm run bench` switches the limits off to measure their cost (never in production).
 */
export function limitRules(): ValidationRule[] {
  return benchProtectionsOff() ? [] : [QueryLimitsRule, QueryCostRule];
}

export function socketRules(production: boolean): ValidationRule[] {
  return [...limitRules(), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
}

/** As Apollo's `hideSchemaDetailsFromClientErrors`: no "Did you mean …?" that would spell out the schema. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}
