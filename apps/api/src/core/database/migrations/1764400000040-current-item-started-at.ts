import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the meeting's current agenda item became current, so that everyone in the live room
 * (including whoever joins late or reloads) sees the same elapsed time. Null when no item is
 * current; meetings that already had a current item keep null until the next change.
 */
export class CurrentItemStartedAt1764400000040 implements MigrationInterface {
  name = 'CurrentItemStartedAt1764400000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting ADD COLUMN current_item_started_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting DROP COLUMN current_item_started_at`);
  }
}
