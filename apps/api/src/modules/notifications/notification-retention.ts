import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { LockedJob } from '../../core/jobs/locked-job';

/** The advisory lock of the job (an arbitrary constant of this application): one process runs it at a time. */
export const RETENTION_LOCK_KEY = 4_764_800_100;
const EVERY_MS = 60 * 60 * 1000;
const FIRST_RUN_MS = 5 * 60 * 1000;
/** Rows per statement: a year of a large network's notifications goes in steps that hold no lock for long. */
const BATCH = 5000;
/** E-mails sent or given up are kept this long for the coordinators' counts and failures, then deleted. */
const EMAIL_KEPT_DAYS = 30;

export interface RetentionRun {
  ran: boolean;
  notifications: number;
  emails: number;
}

/**
 * Deletes notifications older than RETENTION_NOTIFICATIONS_DAYS (365 by default), hourly, and the
 * outbox's rows of e-mails sent or given up more than 30 days ago: what concerned exploited minors
 * is not kept longer than it serves. Pending e-mails are kept whatever their age.
 */
@Injectable()
export class NotificationRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: LockedJob<RetentionRun>;

  constructor(
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new LockedJob(dataSource, {
      lockKey: RETENTION_LOCK_KEY,
      firstRunMs: FIRST_RUN_MS,
      everyMs: EVERY_MS,
      skipped: { ran: false, notifications: 0, emails: 0 },
      work: (manager) => this.deleteOld(manager),
      logger: new Logger('NotificationRetention'),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.nodeEnv);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** One pass of the job (the timer's, or a test's). */
  run(): Promise<RetentionRun> {
    return this.job.run();
  }

  private async deleteOld(manager: EntityManager): Promise<RetentionRun> {
    const run: RetentionRun = { ran: true, notifications: 0, emails: 0 };
    for (;;) {
      const deleted = await this.deleteBatch(
        manager,
        `SELECT id FROM notification WHERE created_at < now() - make_interval(days => ${this.config.retentionNotificationsDays}) LIMIT ${BATCH}`,
        'notification',
      );
      run.notifications += deleted;
      if (deleted < BATCH) break;
    }
    for (;;) {
      const deleted = await this.deleteBatch(
        manager,
        `SELECT id FROM email_outbox WHERE status <> 'PENDING' AND created_at < now() - interval '${EMAIL_KEPT_DAYS} days' LIMIT ${BATCH}`,
        'email_outbox',
      );
      run.emails += deleted;
      if (deleted < BATCH) break;
    }
    return run;
  }

  private async deleteBatch(manager: EntityManager, select: string, table: 'notification' | 'email_outbox'): Promise<number> {
    // As a CTE, so that the driver hands back plain rows (a bare DELETE … RETURNING comes back as [rows, count]).
    const rows: unknown[] = await manager.query(`WITH gone AS (DELETE FROM ${table} WHERE id IN (${select}) RETURNING id) SELECT id FROM gone`);
    return rows.length;
  }
}
