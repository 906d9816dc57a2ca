import type { Server } from 'node:http';
import { type INestApplication, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { LiveConnections } from '../live/live-connections';

/** How long in-flight HTTP requests may take to finish once a shutdown begins. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 15_000;

/** WebSocket close code of a server going away: graphql-ws clients reconnect (to another process). */
export const GOING_AWAY = 1001;

const logger = new Logger('Shutdown');

/**
 * Counts requests in flight and, once a shutdown has begun, asks clients to close their
 * keep-alive connections so that they come back through the proxy to another process.
 */
export class InFlightRequests {
  private count = 0;
  private draining = false;
  private readonly idle = new Set<() => void>();

  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    this.count++;
    if (this.draining) res.setHeader('Connection', 'close');
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.count--;
      if (this.count === 0) for (const wake of [...this.idle]) wake();
    };
    res.on('finish', finish);
    res.on('close', finish);
    next();
  };

  get size(): number {
    return this.count;
  }

  /** Resolves true when no request is in flight, false when `ms` passed first. */
  drain(ms: number): Promise<boolean> {
    this.draining = true;
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.idle.delete(wake);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.idle.delete(wake);
        resolve(false);
      }, ms);
      timer.unref();
      this.idle.add(wake);
    });
  }
}

/**
 * Makes `app.close()` (which enableShutdownHooks runs on SIGTERM and SIGINT) graceful: before
 * Nest stops Apollo and closes the database, the HTTP server stops accepting connections, open
 * WebSockets are closed with 1001 (clients resubscribe elsewhere), and requests in flight get up
 * to `graceMs` to finish. Runs in the HTTP adapter's `beforeClose`, which Nest calls first:
 * Apollo's own drain (added by @nestjs/apollo) runs only inside GraphQLModule's onModuleDestroy,
 * after other modules may already have closed what a request in flight needs (Redis, timers).
 */
export function installGracefulShutdown(app: INestApplication, inFlight: InFlightRequests, graceMs = DEFAULT_SHUTDOWN_GRACE_MS): void {
  const adapter = app.getHttpAdapter() as ReturnType<INestApplication['getHttpAdapter']> & { beforeClose?: () => unknown };
  const original = adapter.beforeClose?.bind(adapter);
  adapter.beforeClose = async () => {
    await original?.();
    const server = app.getHttpServer() as Server;
    if (server.listening) server.close();
    server.closeIdleConnections?.();
    app.get(LiveConnections, { strict: false }).closeAll(GOING_AWAY, 'Server shutting down');
    const pending = inFlight.size;
    const drained = await inFlight.drain(graceMs);
    if (pending > 0) logger.log({ msg: drained ? 'requests in flight finished' : 'requests in flight cut off after the grace period', pending, graceMs });
    server.closeAllConnections?.();
  };
}
