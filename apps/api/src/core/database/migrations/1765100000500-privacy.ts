import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Privacy (docs/api-guide.md, "Privacy and erasure"): when an account was erased (its row stays,
 * with the same id, so that what the person contributed stays attributed), and an index for the
 * reads that follow one person's audit events (their data export, the log's `actorId` filter).
 * The contract names the preference audit action `preferences.updated`: earlier events follow.
 */
export class Privacy1765100000500 implements MigrationInterface {
  name = 'Privacy1765100000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN erased_at timestamptz`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, at, id) WHERE actor_id IS NOT NULL`);
    await q.query(`CREATE INDEX action_item_update_author_idx ON action_item_update (author_id)`);
    await q.query(`UPDATE audit_event SET action = 'preferences.updated' WHERE action = 'notificationPreferences.updated'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE audit_event SET action = 'notificationPreferences.updated' WHERE action = 'preferences.updated'`);
    await q.query(`DROP INDEX action_item_update_author_idx`);
    await q.query(`DROP INDEX audit_event_actor_idx`);
    await q.query(`ALTER TABLE app_user DROP COLUMN erased_at`);
  }
}
