/**
 * The suite runs once per store: `TEST_STORE=postgres` against a PostgreSQL server
 * (DATABASE_URL's server, a fresh database per test file) and `TEST_STORE=pglite` against the
 * embedded database (a fresh copy of a migrated template per test file).
 */
export type TestStore = 'postgres' | 'pglite';

export function testStore(): TestStore {
  const store = process.env.TEST_STORE ?? 'pglite';
  if (store !== 'postgres' && store !== 'pglite') throw new Error(`TEST_STORE must be postgres or pglite, not ${store}`);
  return store;
}

/** The server the PostgreSQL run creates its databases on. */
export function postgresAdminUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** The address of one database on that server. */
export function postgresUrlOf(database: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export const HOW_TO_START_POSTGRES =
  'PostgreSQL is not reachable. Start it with `pg_ctlcluster --skip-systemctl-redirect 15 main start` ' +
  '(or set DATABASE_URL to a server you can create databases on), or run `.ci/run`, which starts it.';

export const PGLITE_TEMPLATE_ENV = 'CONCERTATION_PGLITE_TEMPLATE';

/** The migrated database (PostgreSQL run) that each test file's database is copied from. */
export const POSTGRES_TEMPLATE_ENV = 'CONCERTATION_POSTGRES_TEMPLATE';

/** Where the two-process test finds Redis. */
export function testRedisUrl(): string {
  return process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

export const HOW_TO_START_REDIS =
  'Redis is not reachable. Start it with `redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no` ' +
  '(or set REDIS_URL to a server you can use).';
