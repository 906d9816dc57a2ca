import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail: each person's channel per kind of notification (only the kinds they changed: the
 * defaults live in the code, so that a new kind needs no row for everyone), the daily digest's
 * hour and progress, and the outbox every e-mail is written to in the transaction that causes it.
 */
export class Email1764800000000 implements MigrationInterface {
  name = 'Email1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind varchar NOT NULL,
        channel varchar NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'DIGEST')),
        PRIMARY KEY (user_id, kind)
      )`);
    // digest_sent_on: the local day (in the user's zone) of the last digest sent;
    // digest_covered_until: the newest notification a digest has listed, so that none is listed twice.
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN digest_hour smallint NOT NULL DEFAULT 7 CHECK (digest_hour BETWEEN 0 AND 23),
        ADD COLUMN digest_sent_on date,
        ADD COLUMN digest_covered_until timestamptz NOT NULL DEFAULT now()`);
    await q.query(`
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose varchar NOT NULL CHECK (purpose IN ('NOTIFICATION', 'DIGEST', 'PASSWORD_RESET')),
        recipient_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        notification_id uuid REFERENCES notification(id) ON DELETE CASCADE,
        payload jsonb NOT NULL DEFAULT '{}',
        status varchar NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at, id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX email_outbox_status ON email_outbox (status, created_at)`);
    await q.query(`CREATE INDEX email_outbox_notification ON email_outbox (notification_id) WHERE notification_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_outbox`);
    await q.query(`ALTER TABLE app_user DROP COLUMN digest_hour, DROP COLUMN digest_sent_on, DROP COLUMN digest_covered_until`);
    await q.query(`DROP TABLE notification_preference`);
  }
}
