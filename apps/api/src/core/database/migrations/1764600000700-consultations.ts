import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations: a table asks the member organizations of its audience tables (itself and/or
 * tables below it) a list of questions; each organization answers once (a later submission
 * replaces its response while the consultation is open). The invited organizations are written
 * down when it opens, so that counts and results do not shift when memberships change later.
 */
export class Consultations1764600000700 implements MigrationInterface {
  name = 'Consultations1764600000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consultation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table(id),
        title varchar(200) NOT NULL,
        description text,
        status varchar(8) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
        opens_at timestamptz,
        closes_at timestamptz NOT NULL,
        closed_at timestamptz,
        created_by_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX consultation_table_idx ON consultation(table_id, created_at DESC, id);
      -- the closing job looks for OPEN consultations whose closes_at has passed
      CREATE INDEX consultation_due_idx ON consultation(closes_at) WHERE status = 'OPEN';

      CREATE TABLE consultation_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        prompt text NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE')),
        options jsonb NOT NULL DEFAULT '[]'::jsonb,
        required boolean NOT NULL DEFAULT false,
        UNIQUE (consultation_id, position)
      );

      CREATE TABLE consultation_audience (
        consultation_id uuid NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
        table_id uuid NOT NULL REFERENCES round_table(id),
        PRIMARY KEY (consultation_id, table_id)
      );
      CREATE INDEX consultation_audience_table_idx ON consultation_audience(table_id);

      CREATE TABLE consultation_invitation (
        consultation_id uuid NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        PRIMARY KEY (consultation_id, organization_id)
      );
      CREATE INDEX consultation_invitation_organization_idx ON consultation_invitation(organization_id);

      CREATE TABLE consultation_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        submitted_by_id uuid NOT NULL REFERENCES app_user(id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        answers jsonb NOT NULL DEFAULT '[]'::jsonb,
        UNIQUE (consultation_id, organization_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consultation_response; DROP TABLE consultation_invitation; DROP TABLE consultation_audience; DROP TABLE consultation_question; DROP TABLE consultation;`);
  }
}
