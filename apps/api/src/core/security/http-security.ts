import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';

/** The largest JSON body accepted on POST /graphql (413 above). Uploads have their own limit. */
export const MAX_JSON_BODY = '1mb';

/**
 * The Content-Security-Policy of everything served, the web client above all: its own scripts
 * and styles only, WebSocket to this host (`'self'` covers ws(s) of the page's own host in
 * current browsers; PUBLIC_URL's host is named too), no plug-ins, no framing, no foreign forms.
 * Inline style attributes stay allowed: components set computed sizes and colours that way.
 */
export function contentSecurityPolicy(config: Pick<AppConfig, 'publicUrl'>): Record<string, string[] | null> {
  const publicHost = new URL(config.publicUrl).host;
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'", `ws://${publicHost}`, `wss://${publicHost}`],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    // helmet's default would send an http:// deployment's requests to https://, which may not exist.
    upgradeInsecureRequests: null,
  };
}

/**
 * Security headers (helmet) and the JSON body limit, before any route. Outside production the
 * Apollo Sandbox page at GET /graphql loads its scripts from Apollo's CDN: that one path goes
 * without a CSP there (production has no sandbox, and the CSP everywhere).
 */
export function applyHttpSecurity(app: NestExpressApplication, config: AppConfig): void {
  const production = config.nodeEnv === 'production';
  const withCsp = helmet({ contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) } });
  const withoutCsp = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) => (!production && req.path === '/graphql' ? withoutCsp(req, res, next) : withCsp(req, res, next)));
  app.useBodyParser('json', { limit: MAX_JSON_BODY });
}
