import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DataSource, type Logger } from 'typeorm';

/** The response header that carries how many SQL statements a request sent (bench only). */
export const BENCH_STATEMENTS_HEADER = 'x-bench-sql-statements';
/** Event-loop delay and statement totals of this process (bench only). */
export const BENCH_STATS_PATH = '/__bench/stats';

/**
 * `npm run bench` sets BENCH_INSTRUMENT=1 (statements per request and the process's totals) or
 * `stats` (the totals only); nothing here is installed otherwise, nor in production.
 */
export function benchInstrumentationEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return (env.BENCH_INSTRUMENT === '1' || env.BENCH_INSTRUMENT === 'stats') && env.NODE_ENV !== 'production';
}

/**
 * Counts the SQL statements each HTTP request sends (through TypeORM's logger, which every query
 * runner announces each query to, logging on or off) and reports the process's event-loop delay.
 * The count is per request thanks to AsyncLocalStorage, so it holds under concurrent load; with
 * BENCH_INSTRUMENT=stats only the process's totals are kept, since AsyncLocalStorage slows every
 * promise of the process (a quarter of its CPU under load), which the live fan-out would measure.
 */
export function installBenchInstrumentation(app: INestApplication): void {
  const dataSource = app.get(DataSource);
  const perRequest = process.env.BENCH_INSTRUMENT === 'stats' ? null : new AsyncLocalStorage<{ statements: number }>();
  const logSql = process.env.BENCH_LOG_SQL === '1';
  let total = 0;
  const holder = dataSource as unknown as { logger: Logger };
  const original = holder.logger;
  holder.logger = new Proxy(original, {
    get(target, prop, receiver) {
      if (prop !== 'logQuery') return Reflect.get(target, prop, receiver);
      return (...args: Parameters<Logger['logQuery']>) => {
        total++;
        const store = perRequest?.getStore();
        if (store) store.statements++;
        if (logSql) process.stderr.write(`[bench-sql] ${JSON.stringify({ sql: args[0], parameters: args[1] ?? [] })}\n`);
        return target.logQuery(...args);
      };
    },
  });

  let delay: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path === BENCH_STATS_PATH) {
      const ms = (ns: number) => Math.round((ns / 1e6) * 100) / 100;
      const body = {
        pid: process.pid,
        statements: total,
        eventLoopDelayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max), mean: ms(delay.mean) },
      };
      if (req.method === 'POST') {
        // A reset starts a fresh histogram for the next measured window.
        delay.disable();
        delay = monitorEventLoopDelay({ resolution: 10 });
        delay.enable();
        total = 0;
      }
      res.json(body);
      return;
    }
    if (!perRequest) return next();
    const store = { statements: 0 };
    const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => ServerResponse;
    (res as unknown as { writeHead: (...a: unknown[]) => ServerResponse }).writeHead = (...a: unknown[]) => {
      if (!res.headersSent) res.setHeader(BENCH_STATEMENTS_HEADER, String(store.statements));
      return writeHead(...a);
    };
    perRequest.run(store, next);
  });
}

/**
 * `npm run bench` measures scenario 1 with the protections on and off (BENCH_PROTECTIONS=off):
 * query limits, cost limits and throttling honour this switch; authorization never does. It is
 * refused in production, whatever the environment says.
 */
export function benchProtectionsOff(env: Record<string, string | undefined> = process.env): boolean {
  return env.BENCH_PROTECTIONS === 'off' && env.NODE_ENV !== 'production';
}
