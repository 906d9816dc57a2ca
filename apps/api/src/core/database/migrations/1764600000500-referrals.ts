import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals: a question one table sends to a table above it, answered by accepting it into one of
 * the receiving table's meetings (scheduled_item_id) or by declining it with a response.
 */
export class Referrals1764600000500 implements MigrationInterface {
  name = 'Referrals1764600000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_table_id uuid NOT NULL REFERENCES round_table(id),
        to_table_id uuid NOT NULL REFERENCES round_table(id),
        source_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        title varchar(200) NOT NULL,
        rationale text,
        status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        referred_by_id uuid NOT NULL REFERENCES app_user(id),
        referred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        decided_by_id uuid REFERENCES app_user(id),
        decided_at timestamptz,
        response text,
        -- the agenda item it became at the receiving table; removing that item leaves the referral ACCEPTED, unscheduled
        scheduled_item_id uuid UNIQUE REFERENCES agenda_item(id) ON DELETE SET NULL,
        CHECK (from_table_id <> to_table_id)
      );
      CREATE INDEX referral_from_idx ON referral(from_table_id, referred_at DESC);
      CREATE INDEX referral_to_idx ON referral(to_table_id, referred_at DESC);
      CREATE INDEX referral_source_idx ON referral(source_item_id) WHERE source_item_id IS NOT NULL;
      -- one open referral of an item to a table at a time
      CREATE UNIQUE INDEX referral_open_source_idx ON referral(source_item_id, to_table_id) WHERE status = 'PENDING' AND source_item_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral`);
  }
}
