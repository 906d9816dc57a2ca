import type { Request } from 'express';
import type { DomainError } from '../errors/domain-errors';
import type { Viewer } from '../auth/viewer';
import { RequestLoaders } from './request-loaders';

/** What every resolver of one GraphQL operation shares. */
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

export function createRequestContext(
  lookup: { viewer: Viewer | null; error: DomainError | null },
  address: string,
  req?: Request,
): RequestContext {
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
