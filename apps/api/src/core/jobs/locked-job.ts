import type { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

export interface LockedJobOptions<T> {
  /** The job's advisory lock: an arbitrary constant of this application, one per job. */
  lockKey: number;
  firstRunMs: number;
  everyMs: number;
  /** The run's result when another process held the lock. */
  skipped: T;
  /** One pass, inside the transaction that holds the lock. */
  work: (manager: EntityManager) => Promise<T>;
  logger: Logger;
}

/**
 * A periodic job that runs once at a time across every API process: a transaction-scoped
 * advisory lock (pg_try_advisory_xact_lock) lets one process in, and a pass in progress in this
 * process is joined rather than started again. Tests call run() themselves: no timer in NODE_ENV=test.
 */
export class LockedJob<T> {
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<T> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: LockedJobOptions<T>,
  ) {}

  start(nodeEnv: string): void {
    if (nodeEnv === 'test') return;
    const tick = () => void this.run().catch((err: unknown) => this.options.logger.warn(`the job failed: ${String(err)}`));
    this.timers.push(setTimeout(tick, this.options.firstRunMs), setInterval(tick, this.options.everyMs));
    for (const timer of this.timers) timer.unref();
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    await this.running?.catch(() => undefined);
  }

  /** One pass of the job (the timer's, or a test's). */
  run(): Promise<T> {
    this.running ??= this.runOnce().finally(() => (this.running = null));
    return this.running;
  }

  private runOnce(): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const [lock] = await manager.query(`SELECT pg_try_advisory_xact_lock(${this.options.lockKey}::bigint) AS locked`);
      if (lock?.locked !== true) return this.options.skipped;
      return this.options.work(manager);
    });
  }
}
