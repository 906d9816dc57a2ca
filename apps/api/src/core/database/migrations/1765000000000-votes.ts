import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Formal votes on agenda items, one ballot per eligible member organization. The eligible
 * organizations are fixed when the vote opens; the counts, the result and the decision are
 * written when it closes. A secret vote's ballots keep who cast them (turnout, audit) and their
 * choice, which only their caster ever reads back.
 */
export class Votes1765000000000 implements MigrationInterface {
  name = 'Votes1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vote (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        question text NOT NULL CHECK (char_length(question) BETWEEN 1 AND 500),
        method varchar(16) NOT NULL CHECK (method IN ('YES_NO_ABSTAIN', 'CHOICE')),
        options jsonb NOT NULL,
        threshold varchar(16) NOT NULL CHECK (threshold IN ('SIMPLE_MAJORITY', 'TWO_THIRDS', 'UNANIMITY')),
        secret boolean NOT NULL DEFAULT false,
        status varchar(16) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED', 'CANCELLED')),
        eligible_organization_ids uuid[] NOT NULL,
        opened_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        results jsonb,
        passed boolean,
        winning_option text,
        decision_id uuid REFERENCES decision(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX vote_meeting ON vote (meeting_id, opened_at)`);
    await q.query(`CREATE INDEX vote_item ON vote (agenda_item_id)`);
    await q.query(`CREATE UNIQUE INDEX vote_decision ON vote (decision_id) WHERE decision_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE ballot (
        vote_id uuid NOT NULL REFERENCES vote(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        choice text NOT NULL,
        cast_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        cast_at timestamptz NOT NULL DEFAULT now(),
        by_proxy boolean NOT NULL DEFAULT false,
        PRIMARY KEY (vote_id, organization_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ballot`);
    await q.query(`DROP TABLE vote`);
  }
}
