import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The action item's decision, now that the decision table exists (1764500000000): a real foreign key. */
export class ActionItemDecision1764500000101 implements MigrationInterface {
  name = 'ActionItemDecision1764500000101';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE action_item
        ADD CONSTRAINT action_item_decision_fk FOREIGN KEY (decision_id) REFERENCES decision(id) ON DELETE SET NULL
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE action_item DROP CONSTRAINT action_item_decision_fk`);
  }
}
