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
}

export function createRequestContext(
  lookup: { viewer: Viewer | null; error: DomainError | null },
  address: string,
  req?: Request,
): RequestContext {
  return { viewer: lookup.viewer, authError: lookup.error, loaders: new RequestLoaders(), address, req };
}
