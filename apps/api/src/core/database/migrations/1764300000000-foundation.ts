import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory, accounts, round tables and memberships. Written by hand in SQL that both
 * PostgreSQL 15 and PGlite (PostgreSQL 18) accept. Every id is a uuid from gen_random_uuid().
 */
export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(8) NOT NULL UNIQUE,
        name_fr varchar(120) NOT NULL,
        name_en varchar(120) NOT NULL,
        kind varchar(24) NOT NULL CHECK (kind IN ('PROVINCE', 'TERRITORY', 'ADMINISTRATIVE_REGION')),
        parent_id uuid REFERENCES region(id),
        time_zone varchar(64) NOT NULL
      );

      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        acronym varchar(30),
        -- name and acronym folded to lower case without accents, for substring search
        search_key text NOT NULL,
        sector varchar(32) NOT NULL,
        region_id uuid NOT NULL REFERENCES region(id),
        website varchar(500),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX organization_region_idx ON organization(region_id);
      CREATE INDEX organization_sector_idx ON organization(sector);

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL UNIQUE,
        password_hash varchar(255) NOT NULL,
        display_name varchar(200) NOT NULL,
        platform_role varchar(16) NOT NULL DEFAULT 'MEMBER' CHECK (platform_role IN ('COORDINATOR', 'MEMBER')),
        locale varchar(2) NOT NULL DEFAULT 'FR' CHECK (locale IN ('FR', 'EN')),
        time_zone varchar(64) NOT NULL DEFAULT 'America/Toronto',
        organization_id uuid REFERENCES organization(id),
        pending_organization_id uuid REFERENCES organization(id),
        calendar_secret varchar(64) UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX app_user_organization_idx ON app_user(organization_id);
      CREATE INDEX app_user_pending_organization_idx ON app_user(pending_organization_id) WHERE pending_organization_id IS NOT NULL;

      -- One row per access token issued (the token's jti): revoking a session revokes its token.
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX auth_session_user_idx ON auth_session(user_id);

      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash varchar(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE sign_in_failure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        address varchar(64) NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_failure_email_idx ON sign_in_failure(email, at);
      CREATE INDEX sign_in_failure_address_idx ON sign_in_failure(address, at);

      CREATE TABLE round_table (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        search_key text NOT NULL,
        level varchar(16) NOT NULL CHECK (level IN ('REGIONAL', 'PROVINCIAL', 'NATIONAL')),
        mandate text,
        parent_id uuid REFERENCES round_table(id),
        quorum integer CHECK (quorum IS NULL OR quorum > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      );
      CREATE INDEX round_table_parent_idx ON round_table(parent_id);

      -- Ordered: a table's first region gives its default time zone.
      CREATE TABLE round_table_region (
        table_id uuid NOT NULL REFERENCES round_table(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        position integer NOT NULL,
        PRIMARY KEY (table_id, region_id)
      );
      CREATE INDEX round_table_region_region_idx ON round_table_region(region_id);

      CREATE TABLE table_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table(id),
        organization_id uuid NOT NULL REFERENCES organization(id),
        status varchar(16) NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'DECLINED', 'WITHDRAWN')),
        message text,
        requested_by_id uuid REFERENCES app_user(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by_id uuid REFERENCES app_user(id),
        decided_at timestamptz
      );
      -- At most one open (PENDING or ACTIVE) membership per table and organization.
      CREATE UNIQUE INDEX table_membership_open_uq ON table_membership(table_id, organization_id)
        WHERE status IN ('PENDING', 'ACTIVE');
      CREATE INDEX table_membership_organization_idx ON table_membership(organization_id);

      CREATE TABLE table_participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        organization_id uuid REFERENCES organization(id),
        role varchar(16) NOT NULL CHECK (role IN ('CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER')),
        since timestamptz NOT NULL DEFAULT now(),
        UNIQUE (table_id, user_id)
      );
      CREATE INDEX table_participant_user_idx ON table_participant(user_id);

      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES app_user(id),
        action varchar(64) NOT NULL,
        entity_type varchar(32) NOT NULL,
        entity_id uuid NOT NULL,
        table_id uuid REFERENCES round_table(id),
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_event_table_idx ON audit_event(table_id, at DESC);
      CREATE INDEX audit_event_at_idx ON audit_event(at DESC);

      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        title varchar(300) NOT NULL,
        body text,
        table_id uuid REFERENCES round_table(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      );
      CREATE INDEX notification_user_idx ON notification(user_id, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE notification, audit_event, table_participant, table_membership, round_table_region,
        round_table, sign_in_failure, password_reset, auth_session, app_user, organization, region;
    `);
  }
}
