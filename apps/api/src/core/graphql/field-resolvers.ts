/**
 * What a field without arguments receives as its arguments. Such field resolvers take graphql-js's
 * own (parent, args, context) rather than `@Parent()` and `@ReqContext()` (the rule for every
 * resolver is on RequestContext): without parameter decorators Nest calls them directly, instead
 * of building an execution context and running the global pipes for each field of each row (a
 * dashboard of 60 rows spent a tenth of its CPU there; bench/findings.md). Fields with `@Args`
 * keep the decorators.
 */
export type NoArgs = Record<string, never>;
