import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { type DomainError, unauthenticated } from '../errors/domain-errors';
import type { Viewer } from '../auth/viewer';
import { RequestLoaders } from './request-loaders';

/**
 * What every resolver of one GraphQL operation shares. A resolver method receives it whole, never
 * the viewer alone (`ctx.viewer`, or `signedInViewer(ctx)` for a service that acts for a person):
 * - a field without arguments takes graphql-js's own `(parent, _: NoArgs, ctx: RequestContext)`
 *   and no parameter decorator, so that Nest calls it directly (field-resolvers.ts says why);
 * - every other method (Query, Mutation, Subscription, field with arguments) declares
 *   `@ReqContext() ctx: RequestContext` after `@Parent()` if any, then its `@Args`.
 */
export interface RequestContext {
  viewer: Viewer | null;
  /** Set when the request carried a token that is not valid: every operation then fails with it. */
  authError: DomainError | null;
  loaders: RequestLoaders;
  /** The caller's address, for rate limits. */
  address: string;
  req?: Request;
  /** Set for operations that came over a WebSocket (subscriptions): the connection they belong to. */
  connection?: LiveConnectionHandle;
}

/**
 * What an operation sees of its WebSocket connection: the viewer as last re-checked (the
 * connection's session is re-read periodically), and where live streams register so that they
 * are re-checked too.
 */
export interface LiveConnectionHandle {
  readonly viewer: Viewer | null;
  /**
   * Registers a stream to re-check periodically; returns the function that unregisters it.
   * `shared`: the rows read by every stream of the same re-check (RequestLoaders.shared).
   */
  track(stream: { recheck(shared?: RequestLoaders): Promise<void> }): () => void;
}

/** The request context of a resolver method that also declares `@Args` (see RequestContext). */
export const ReqContext = createParamDecorator((_: unknown, execution: ExecutionContext): RequestContext =>
  GqlExecutionContext.create(execution).getContext<RequestContext>(),
);

/**
 * The signed-in viewer, for operations whose access rule requires one: the guard has already
 * refused anonymous callers, so this only narrows the type (and still fails closed).
 */
export function signedInViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export function createRequestContext(lookup: { viewer: Viewer | null; error: DomainError | null }, address: string, req?: Request): RequestContext {
  return { viewer: lookup.viewer, authError: lookup.error, loaders: new RequestLoaders(), address, req };
}

/**
 * The context of one live event: the subscription's connection and its current viewer, with
 * FRESH loaders. A subscription lives for hours; loaders kept from its start (or from an
 * earlier event) would serve stale rows and stale permissions. `shared` holds the rows read for
 * the same event by the other subscribers of this process (see RequestLoaders.shared).
 */
export function eventContext(base: RequestContext, shared?: RequestLoaders): RequestContext {
  return { ...base, viewer: base.connection ? base.connection.viewer : base.viewer, authError: null, loaders: new RequestLoaders(shared) };
}
