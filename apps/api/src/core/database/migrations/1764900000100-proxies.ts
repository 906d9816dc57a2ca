import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proxies: an organization that cannot attend one meeting entrusts its ballot to another member
 * organization. A revoked proxy is kept (who gave what, when) with its revocation; among those
 * standing, an organization gives at most one and holds at most one per meeting.
 */
export class Proxies1764900000100 implements MigrationInterface {
  name = 'Proxies1764900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_proxy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        from_organization_id uuid NOT NULL REFERENCES organization(id),
        to_organization_id uuid NOT NULL REFERENCES organization(id),
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        CHECK (from_organization_id <> to_organization_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX meeting_proxy_given ON meeting_proxy (meeting_id, from_organization_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX meeting_proxy_held ON meeting_proxy (meeting_id, to_organization_id) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_proxy`);
  }
}
