import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { LockedJob } from '../../core/jobs/locked-job';
import { ConsultationActivity } from './consultation-activity';
import type { ConsultationEntity } from './consultation.entity';

/** The advisory lock of the job (an arbitrary constant of this application, beside the reminders' one). */
export const CLOSING_LOCK_KEY = 4_764_600_400;
/**
 * How often the job looks. Readers and writers never wait for it: an OPEN consultation past its
 * closesAt already reads as CLOSED and refuses answers (effectiveStatus); the job writes the
 * closing down (status, audit, live event) within a minute.
 */
const EVERY_MS = 60 * 1000;
const FIRST_RUN_MS = 5 * 1000;

export interface ClosingRun {
  /** False when another process held the lock. */
  ran: boolean;
  /** Consultations closed in this run. */
  closed: number;
}

/**
 * Closes OPEN consultations whose closesAt has passed, with a `consultation.closed` audit event
 * without an actor and a consultationProgress event. With several API processes it runs once at a
 * time: a transaction-scoped advisory lock (pg_try_advisory_xact_lock) lets one process in, and
 * the conditional UPDATE (status = 'OPEN') makes a consultation close exactly once.
 */
@Injectable()
export class ConsultationClosings implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: LockedJob<ClosingRun>;

  constructor(
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly activity: ConsultationActivity,
  ) {
    this.job = new LockedJob(dataSource, {
      lockKey: CLOSING_LOCK_KEY,
      firstRunMs: FIRST_RUN_MS,
      everyMs: EVERY_MS,
      skipped: { ran: false, closed: 0 },
      work: (manager) => this.closeDue(manager),
      logger: new Logger('ConsultationClosings'),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.nodeEnv);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** One pass of the job (the timer's, or a test's). */
  run(): Promise<ClosingRun> {
    return this.job.run();
  }

  private async closeDue(manager: EntityManager): Promise<ClosingRun> {
    // SKIP LOCKED: a consultation an officer is closing (or someone is answering) right now is left for the next pass.
    const rows: Array<{ id: string; table_id: string; closes_at: Date }> = await manager.query(
      // As a CTE, so that the driver hands back plain rows (a bare UPDATE … RETURNING comes back as [rows, count]).
      `WITH closed AS (
         UPDATE consultation SET status = 'CLOSED', closed_at = closes_at
          WHERE id IN (SELECT id FROM consultation WHERE status = 'OPEN' AND closes_at <= now() FOR UPDATE SKIP LOCKED)
          RETURNING id, table_id, closes_at
       )
       SELECT id, table_id, closes_at FROM closed`,
    );
    for (const row of rows) {
      const consultation = { id: row.id, tableId: row.table_id } as ConsultationEntity;
      await this.activity.record(manager, null, consultation, 'consultation.closed');
    }
    return { ran: true, closed: rows.length };
  }
}
