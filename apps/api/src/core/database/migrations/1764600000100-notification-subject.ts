import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a notification is about beyond its table and meeting: the action item, referral,
 * consultation or protocol, so that a click on it leads there. No foreign key: the subject's
 * table depends on the kind, and a notification outlives nothing it points at anyway.
 */
export class NotificationSubject1764600000100 implements MigrationInterface {
  name = 'NotificationSubject1764600000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN subject_id uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN subject_id`);
  }
}
