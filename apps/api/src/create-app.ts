import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DestinationStream } from 'pino';
import { AppModule, type AppRuntime } from './app.module';
import { applyHttpSecurity } from './core/security/http-security';
import { benchInstrumentationEnabled, installBenchInstrumentation } from './core/bench/bench-instrumentation';
import { createLogger, PinoNestLogger } from './core/observability/logger';
import { httpLogger } from './core/observability/http-logger';
import { InFlightRequests, installGracefulShutdown } from './core/observability/graceful-shutdown';

/**
 * Paths the API answers itself (shared-paths' `endpoints`); everything else under GET belongs to
 * the web client's router. A path missing here would be answered with the client's index.html.
 */
const API_PATHS = new RegExp(
  `^/(${[
    'graphql',
    'health',
    'uploads',
    'attachments',
    'calendar',
    'rsvp',
    'unsubscribe',
    // The viewer's data export; /me itself is no client route.
    'me/data\\.json',
    // A meeting's .ics and its minutes' exports; the meeting's own pages are the client's.
    'meetings/[^/]+\\.ics',
    'meetings/[^/]+/minutes\\.(?:md|pdf)',
    // Reports' CSV and PDF files; the report pages are the client's (/tables/:id/report, /network/report).
    'reports',
  ].join('|')})(/|$)`,
);

export interface CreateAppOptions {
  /** false: no logs at all, whatever LOG_LEVEL says. */
  logger?: boolean;
  /** Where the JSON log lines go instead of stdout (tests read them). */
  logDestination?: DestinationStream;
  /** How long in-flight requests may take to finish at shutdown. */
  shutdownGraceMs?: number;
}

/** Builds the whole application: the API, and the built web client on the same port. */
export async function createApp(runtime: AppRuntime, options: CreateAppOptions = {}): Promise<INestApplication> {
  const logger = createLogger(options.logger === false ? 'silent' : runtime.config.logLevel, options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(runtime), {
    logger: new PinoNestLogger(logger),
    bodyParser: true,
  });
  // First, so that every request is counted for the shutdown and logged with its request id.
  const inFlight = new InFlightRequests();
  app.use(inFlight.middleware);
  app.use(httpLogger(logger));
  // Rate limits and logs must see the caller, not the reverse proxy (TRUST_PROXY).
  app.set('trust proxy', runtime.config.trustedProxies.join(', '));
  // Security headers (helmet, with a CSP that fits the web client) and the 1 MB JSON body limit.
  applyHttpSecurity(app, runtime.config);
  app.enableShutdownHooks();
  installGracefulShutdown(app, inFlight, options.shutdownGraceMs);
  // `npm run bench` only (BENCH_INSTRUMENT=1, never in production): statements per request, event-loop delay.
  if (benchInstrumentationEnabled()) installBenchInstrumentation(app);
  const webRoot = runtime.config.webRoot;
  if (webRoot) {
    app.use(express.static(webRoot, { index: false, maxAge: '1h', setHeaders: cacheAssets }));
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PATHS.test(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webRoot, 'index.html'));
    });
  }
  return app;
}

// Vite fingerprints everything under /assets: those files never change, index.html always may.
function cacheAssets(res: Response, path: string): void {
  if (path.includes(`${join('/', 'assets', '/')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
