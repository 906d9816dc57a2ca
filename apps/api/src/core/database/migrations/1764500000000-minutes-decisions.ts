import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Minutes (one per meeting, with an optimistic-concurrency version), their revisions (a snapshot
 * per edit, so that the history can be compared), and decisions recorded at a meeting. The notes
 * of each agenda item already live in `agenda_item.notes`.
 */
export class MinutesDecisions1764500000000 implements MigrationInterface {
  name = 'MinutesDecisions1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE minutes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE CASCADE,
        status varchar(16) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'CIRCULATED', 'APPROVED')),
        summary text,
        -- starts at 1 and grows by exactly 1 per edit (editMinutes names the version it edits)
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        circulated_at timestamptz,
        approved_at timestamptz,
        approved_at_meeting_id uuid REFERENCES meeting(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE minutes_revision (
        minutes_id uuid NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
        -- the version this edit produced
        version integer NOT NULL,
        editor_id uuid NOT NULL REFERENCES app_user(id),
        edited_at timestamptz NOT NULL DEFAULT now(),
        summary text,
        -- {"<agendaItemId>": "<notes>"} of every item of the meeting after the edit
        item_notes jsonb NOT NULL DEFAULT '{}'::jsonb,
        PRIMARY KEY (minutes_id, version)
      );

      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        text text NOT NULL,
        outcome varchar(16) NOT NULL CHECK (outcome IN ('ADOPTED', 'REJECTED', 'CONSENSUS', 'DEFERRED')),
        votes_for integer CHECK (votes_for >= 0),
        votes_against integer CHECK (votes_against >= 0),
        abstentions integer CHECK (abstentions >= 0),
        recorded_by_id uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX decision_meeting_idx ON decision(meeting_id, recorded_at);
      CREATE INDEX decision_agenda_item_idx ON decision(agenda_item_id) WHERE agenda_item_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE decision, minutes_revision, minutes`);
  }
}
