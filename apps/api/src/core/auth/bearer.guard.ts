import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { createRequestContext, type RequestContext } from '../graphql/request-context';
import { assertTwoFactorGate } from './two-factor-gate';
import { ViewerResolverService } from './viewer-resolver.service';

type RequestWithContext = Request & { concertationContext?: RequestContext };

/**
 * For the REST endpoints (uploads, downloads, .ics): a valid bearer token or 401, read exactly
 * as GraphQL reads it. Guards run before interceptors, so an anonymous upload is refused before
 * its body is parsed.
 */
@Injectable()
export class BearerGuard implements CanActivate {
  constructor(private readonly viewers: ViewerResolverService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithContext>();
    const lookup = await this.viewers.fromAuthorization(req.headers.authorization);
    if (!lookup.viewer || lookup.error) {
      context.switchToHttp().getResponse().setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException(lookup.error?.message ?? 'A bearer token is required.');
    }
    // No download or upload for someone who must first set up two-factor sign-in (403, as JSON by DomainHttpFilter).
    assertTwoFactorGate(lookup.viewer, false);
    req.concertationContext = createRequestContext(lookup, req.ip ?? req.socket.remoteAddress ?? 'unknown', req);
    return true;
  }
}

/** The request context BearerGuard built: the viewer (never null behind the guard) and per-request loaders. */
export function httpRequestContext(req: Request): RequestContext & { viewer: NonNullable<RequestContext['viewer']> } {
  const ctx = (req as RequestWithContext).concertationContext;
  if (!ctx?.viewer) throw new UnauthorizedException('A bearer token is required.');
  return ctx as RequestContext & { viewer: NonNullable<RequestContext['viewer']> };
}
