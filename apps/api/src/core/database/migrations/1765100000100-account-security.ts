import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in and the list of one's sessions.
 * - `app_user`: the authenticator's secret (sealed with a key derived from JWT_SECRET, never
 *   served), a second one while setup waits for its first code, whether sign-in asks for a code,
 *   and the last time-step accepted, so that a code accepted once is refused if sent again.
 * - `two_factor_recovery_code`: ten single-use codes per person, kept as SHA-256 only (each holds
 *   80 random bits: a slow hash would add nothing but a cost on every sign-in that tries one).
 * - `auth_session`: the device that signed in (its User-Agent) and when it was last used; an index
 *   on the expiry for the daily job that deletes sessions expired for 30 days.
 */
export class AccountSecurity1765100000100 implements MigrationInterface {
  name = 'AccountSecurity1765100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN two_factor_secret text,
        ADD COLUMN two_factor_pending_secret text,
        ADD COLUMN two_factor_enabled boolean NOT NULL DEFAULT false,
        ADD COLUMN two_factor_last_step bigint;

      CREATE TABLE two_factor_recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        code_hash varchar(64) NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, code_hash)
      );

      ALTER TABLE auth_session
        ADD COLUMN user_agent varchar(400),
        ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
      CREATE INDEX auth_session_expires_idx ON auth_session(expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX auth_session_expires_idx;
      ALTER TABLE auth_session DROP COLUMN last_seen_at, DROP COLUMN user_agent;
      DROP TABLE two_factor_recovery_code;
      ALTER TABLE app_user
        DROP COLUMN two_factor_last_step,
        DROP COLUMN two_factor_enabled,
        DROP COLUMN two_factor_pending_secret,
        DROP COLUMN two_factor_secret;
    `);
  }
}
