import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Action items: owned by a person and/or an organization, followed across meetings and tables,
 * with their history of updates and the days on which a due reminder was sent.
 * decision_id stays a plain uuid here: the decision table comes from the minutes/decisions work
 * (1764500000000); a later migration adds the foreign key once that table exists everywhere.
 */
export class ActionItems1764500000100 implements MigrationInterface {
  name = 'ActionItems1764500000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table(id),
        meeting_id uuid REFERENCES meeting(id) ON DELETE SET NULL,
        agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        decision_id uuid,
        title varchar(200) NOT NULL,
        description text,
        assignee_id uuid REFERENCES app_user(id),
        assignee_organization_id uuid REFERENCES organization(id),
        due_on date,
        status varchar(16) NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED')),
        created_by_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        -- optimistic concurrency: starts at 1, +1 per change (checked by a conditional UPDATE)
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
      );
      CREATE INDEX action_item_table_idx ON action_item(table_id, created_at DESC, id);
      CREATE INDEX action_item_assignee_idx ON action_item(assignee_id) WHERE assignee_id IS NOT NULL;
      CREATE INDEX action_item_organization_idx ON action_item(assignee_organization_id) WHERE assignee_organization_id IS NOT NULL;
      CREATE INDEX action_item_meeting_idx ON action_item(meeting_id) WHERE meeting_id IS NOT NULL;
      CREATE INDEX action_item_agenda_item_idx ON action_item(agenda_item_id) WHERE agenda_item_id IS NOT NULL;
      CREATE INDEX action_item_decision_idx ON action_item(decision_id) WHERE decision_id IS NOT NULL;
      CREATE INDEX action_item_due_idx ON action_item(due_on) WHERE due_on IS NOT NULL AND status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED');

      CREATE TABLE action_item_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_item_id uuid NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES app_user(id),
        body text,
        status varchar(16) CHECK (status IS NULL OR status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX action_item_update_item_idx ON action_item_update(action_item_id, created_at DESC, id);

      -- one ACTION_ITEM_DUE round per item per day: the daily job inserts here first (ON CONFLICT DO NOTHING)
      CREATE TABLE action_item_reminder (
        action_item_id uuid NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
        day date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (action_item_id, day)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE action_item_reminder; DROP TABLE action_item_update; DROP TABLE action_item;`);
  }
}
