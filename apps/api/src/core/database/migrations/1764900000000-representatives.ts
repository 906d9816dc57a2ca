import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Representation: each membership's delegate (one of the organization's people seated at the
 * table) and its alternates in order of preference. Removing a seat clears it from both roles in
 * the database itself, so that no code path can leave a representative who no longer sits there.
 */
export class Representatives1764900000000 implements MigrationInterface {
  name = 'Representatives1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE table_membership
        ADD COLUMN delegate_participant_id uuid REFERENCES table_participant(id) ON DELETE SET NULL;
      CREATE INDEX table_membership_delegate_idx ON table_membership(delegate_participant_id) WHERE delegate_participant_id IS NOT NULL;

      CREATE TABLE table_membership_alternate (
        membership_id uuid NOT NULL REFERENCES table_membership(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES table_participant(id) ON DELETE CASCADE,
        -- 1 is the first to stand in; removing a seat may leave a gap, the order stays
        position smallint NOT NULL CHECK (position BETWEEN 1 AND 3),
        PRIMARY KEY (membership_id, participant_id),
        UNIQUE (membership_id, position)
      );
      CREATE INDEX table_membership_alternate_participant_idx ON table_membership_alternate(participant_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE table_membership_alternate`);
    await q.query(`ALTER TABLE table_membership DROP COLUMN delegate_participant_id`);
  }
}
