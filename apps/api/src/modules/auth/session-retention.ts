import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { LockedJob } from '../../core/jobs/locked-job';

/** The advisory lock of the job (an arbitrary constant of this application): one process runs it at a time. */
export const SESSION_RETENTION_LOCK_KEY = 4_765_100_100;
const EVERY_MS = 24 * 60 * 60 * 1000;
const FIRST_RUN_MS = 10 * 60 * 1000;
/** A session is kept this long after it expired (a revoked one expires within ACCESS_TOKEN_TTL_SECONDS too). */
export const SESSIONS_KEPT_DAYS = 30;
/** Rows per statement, so that a large backlog goes in steps that hold no lock for long. */
const BATCH = 5000;

export interface SessionRetentionRun {
  ran: boolean;
  sessions: number;
}

/**
 * Deletes, daily, the sessions that expired more than 30 days ago: a session row says which device
 * someone used and when, and that is not kept once it serves no one. A month of them stays, so
 * that a person can still see a sign-in they do not recognise.
 */
@Injectable()
export class SessionRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: LockedJob<SessionRetentionRun>;

  constructor(
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new LockedJob(dataSource, {
      lockKey: SESSION_RETENTION_LOCK_KEY,
      firstRunMs: FIRST_RUN_MS,
      everyMs: EVERY_MS,
      skipped: { ran: false, sessions: 0 },
      work: (manager) => this.deleteOld(manager),
      logger: new Logger('SessionRetention'),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.nodeEnv);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** One pass of the job (the timer's, or a test's). */
  run(): Promise<SessionRetentionRun> {
    return this.job.run();
  }

  private async deleteOld(manager: EntityManager): Promise<SessionRetentionRun> {
    const run: SessionRetentionRun = { ran: true, sessions: 0 };
    for (;;) {
      // As a CTE, so that the driver hands back plain rows (a bare DELETE … RETURNING comes back as [rows, count]).
      const rows: unknown[] = await manager.query(
        `WITH gone AS (
           DELETE FROM auth_session WHERE id IN (
             SELECT id FROM auth_session WHERE expires_at < now() - interval '${SESSIONS_KEPT_DAYS} days' LIMIT ${BATCH}
           ) RETURNING id
         ) SELECT id FROM gone`,
      );
      run.sessions += rows.length;
      if (rows.length < BATCH) return run;
    }
  }
}
