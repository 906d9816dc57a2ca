import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { benchProtectionsOff } from '../bench/bench-instrumentation';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { tooManyRequests } from '../errors/domain-errors';
import type { RequestContext } from '../graphql/request-context';
import { RATE_LIMIT_STORE } from './security.tokens';
import type { RateLimitStore } from './rate-limit-store';

export const MUTATION_WINDOW_MS = 60_000;

/**
 * Mutations per signed-in user (MUTATIONS_PER_MINUTE, default 300 a minute), counted per
 * mutation field so that aliases do not multiply the allowance, over HTTP and WebSocket alike
 * (both run the resolvers behind Nest's guards), across processes when REDIS_URL is set.
 * Anonymous mutations (register, login, password reset) have their own limits in the auth module.
 */
@Injectable()
export class MutationThrottleGuard implements CanActivate {
  private readonly off = benchProtectionsOff();

  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.off || context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<GraphQLResolveInfo>().parentType.name !== 'Mutation') return true;
    const viewer = gql.getContext<RequestContext>().viewer;
    if (!viewer) return true;
    const count = await this.store.hit(`mutations:${viewer.userId}`, MUTATION_WINDOW_MS);
    if (count > this.config.mutationsPerMinute) throw tooManyRequests('Too many changes in a minute; try again shortly.');
    return true;
  }
}
