import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { LockedJob } from '../../core/jobs/locked-job';
import { channelSql } from './notification-preferences.service';
import { OutboxService } from './outbox.service';

/** The advisory lock of the job (an arbitrary constant of this application): one process runs it at a time. */
export const DIGEST_LOCK_KEY = 4_764_800_000;
const EVERY_MS = 60 * 1000;
const FIRST_RUN_MS = 15 * 1000;
/**
 * Notifications younger than this wait for the next digest: a transaction that wrote one may not
 * have committed yet, and once the digest has moved past an instant it does not look back.
 */
const SETTLE = `interval '1 minute'`;

export interface DigestRun {
  /** False when another process held the lock. */
  ran: boolean;
  /** Digests written to the outbox in this run. */
  digests: number;
}

/**
 * The daily digest: every minute, each person whose local time (in their zone) is at or past their
 * digest hour and who has had no digest this local day gets one e-mail listing their DIGEST
 * notifications since the previous one. Someone with nothing to list gets nothing, and that does
 * not count as the day's digest. One statement for everyone, under the locked-job mechanism.
 */
@Injectable()
export class DailyDigest implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: LockedJob<DigestRun>;

  constructor(
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {
    this.job = new LockedJob(dataSource, {
      lockKey: DIGEST_LOCK_KEY,
      firstRunMs: FIRST_RUN_MS,
      everyMs: EVERY_MS,
      skipped: { ran: false, digests: 0 },
      work: (manager) => this.writeDigests(manager),
      logger: new Logger('DailyDigest'),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.nodeEnv);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** One pass of the job (the timer's, or a test's). */
  run(): Promise<DigestRun> {
    return this.job.run();
  }

  private async writeDigests(manager: EntityManager): Promise<DigestRun> {
    const written: unknown[] = await manager.query(
      `WITH due AS (
         SELECT u.id, u.digest_covered_until, (now() AT TIME ZONE u.time_zone)::date AS local_day
           FROM app_user u
          WHERE extract(hour FROM now() AT TIME ZONE u.time_zone) >= u.digest_hour
            AND (u.digest_sent_on IS NULL OR u.digest_sent_on < (now() AT TIME ZONE u.time_zone)::date)
       ), listed AS (
         SELECT d.id AS user_id, d.local_day,
                jsonb_agg(n.id ORDER BY n.created_at, n.id) AS ids, max(n.created_at) AS newest
           FROM due d
           JOIN notification n ON n.user_id = d.id AND n.created_at > d.digest_covered_until AND n.created_at <= now() - ${SETTLE}
           LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.kind = n.kind
          WHERE ${channelSql('n', 'p')} = 'DIGEST'
          GROUP BY d.id, d.local_day
       ), marked AS (
         UPDATE app_user u SET digest_sent_on = l.local_day, digest_covered_until = l.newest
           FROM listed l WHERE u.id = l.user_id
         RETURNING u.id
       )
       INSERT INTO email_outbox (purpose, recipient_id, payload)
       SELECT 'DIGEST', l.user_id, jsonb_build_object('notificationIds', l.ids) FROM listed l
       RETURNING id`,
    );
    if (written.length > 0) this.outbox.wakeSenders(manager);
    return { ran: true, digests: written.length };
  }
}
