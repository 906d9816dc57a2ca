import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppModule, type AppRuntime } from './app.module';

/** Paths the API answers itself; everything else under GET belongs to the web client's router. */
const API_PATHS = /^\/(graphql|health|uploads|attachments|calendar|meetings\/[^/]+\.(ics|md|pdf))(\/|$)/;

/** Builds the whole application: the API, and the built web client on the same port. */
export async function createApp(runtime: AppRuntime, options: { logger?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(runtime), {
    logger: options.logger === false ? false : ['log', 'warn', 'error'],
    bodyParser: true,
  });
  app.set('trust proxy', 'loopback');
  app.useBodyParser('json', { limit: '1mb' });
  app.enableShutdownHooks();
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
