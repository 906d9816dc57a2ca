import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The speakers' list: requests to speak on the current item of a meeting. A person has at most one
 * WAITING or SPEAKING request per item, and a meeting at most one person SPEAKING; the times say
 * how long each spoke.
 */
export class Speakers1765000000100 implements MigrationInterface {
  name = 'Speakers1765000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE speaker_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organization(id) ON DELETE SET NULL,
        status varchar(16) NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING', 'SPEAKING', 'DONE', 'WITHDRAWN')),
        requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        started_at timestamptz,
        ended_at timestamptz
      )`);
    await q.query(`CREATE INDEX speaker_request_item ON speaker_request (agenda_item_id, requested_at)`);
    await q.query(`CREATE UNIQUE INDEX speaker_request_open ON speaker_request (agenda_item_id, user_id) WHERE status IN ('WAITING', 'SPEAKING')`);
    await q.query(`CREATE UNIQUE INDEX speaker_request_speaking ON speaker_request (meeting_id) WHERE status = 'SPEAKING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE speaker_request`);
  }
}
