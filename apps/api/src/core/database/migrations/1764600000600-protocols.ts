import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared collaboration protocols: the protocol, each published version kept whole (so that any
 * two can be compared), and one adoption record per table. An adoption's version must be a
 * version of the same protocol (a composite foreign key says so, not only the service).
 */
export class Protocols1764600000600 implements MigrationInterface {
  name = 'Protocols1764600000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE protocol (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_table_id uuid NOT NULL REFERENCES round_table(id),
        title varchar(200) NOT NULL,
        search_key text NOT NULL,
        summary text,
        sectors varchar(32)[] NOT NULL DEFAULT '{}',
        created_by_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX protocol_title_idx ON protocol(title, id);
      CREATE INDEX protocol_owner_idx ON protocol(owner_table_id);

      CREATE TABLE protocol_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        protocol_id uuid NOT NULL REFERENCES protocol(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        body text NOT NULL,
        change_note text,
        published_by_id uuid NOT NULL REFERENCES app_user(id),
        published_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT protocol_version_number_key UNIQUE (protocol_id, number),
        CONSTRAINT protocol_version_of_protocol_key UNIQUE (id, protocol_id)
      );

      CREATE TABLE protocol_adoption (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        protocol_id uuid NOT NULL REFERENCES protocol(id) ON DELETE CASCADE,
        table_id uuid NOT NULL REFERENCES round_table(id),
        status varchar(16) NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'ADOPTED')),
        version_id uuid,
        decision_id uuid REFERENCES decision(id) ON DELETE SET NULL,
        note text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT protocol_adoption_table_key UNIQUE (protocol_id, table_id),
        CONSTRAINT protocol_adoption_version_fk FOREIGN KEY (version_id, protocol_id) REFERENCES protocol_version(id, protocol_id)
      );
      CREATE INDEX protocol_adoption_table_idx ON protocol_adoption(table_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE protocol_adoption; DROP TABLE protocol_version; DROP TABLE protocol;`);
  }
}
