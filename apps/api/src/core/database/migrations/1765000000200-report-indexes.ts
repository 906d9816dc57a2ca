import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports count a table's completed action items by completion date, and the network report
 * counts every table's: an index on (table, completion) keeps that a range scan instead of a
 * pass over every action item the table ever had.
 */
export class ReportIndexes1765000000200 implements MigrationInterface {
  name = 'ReportIndexes1765000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX action_item_table_completed_idx ON action_item (table_id, completed_at) WHERE completed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX action_item_table_completed_idx`);
  }
}
