import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Substitutions: an organization sends a colleague to one meeting in its delegate's place. One
 * stands per meeting and organization; a replaced or withdrawn one is kept, ended, because the
 * attendance recorded for its substitute stays as it was.
 */
export class Substitutions1764900000200 implements MigrationInterface {
  name = 'Substitutions1764900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE substitution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        substitute_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        replaces_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        note text,
        response varchar(16) CHECK (response IN ('ATTENDING', 'TENTATIVE', 'DECLINED')),
        responded_at timestamptz,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        ended_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX substitution_standing ON substitution (meeting_id, organization_id) WHERE ended_at IS NULL`);
    // The seat lookups: a person's standing substitutions, on every read of a meeting.
    await q.query(`CREATE INDEX substitution_of_substitute ON substitution (substitute_id, meeting_id) WHERE ended_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE substitution`);
  }
}
