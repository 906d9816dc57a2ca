import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { loadAppConfig, type AppConfig } from '../../src/core/config/app-config';
import { createApp } from '../../src/create-app';
import { PGLITE_EXTENSIONS } from '../../src/core/database/pglite-extensions';
import { PGLITE_TEMPLATE_ENV, POSTGRES_TEMPLATE_ENV, postgresAdminUrl, postgresUrlOf, testStore } from './stores';

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

export interface TestApp {
  url: string;
  app: INestApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** POSTs one operation to /graphql over real HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** The first error code of a result, for terse assertions. */
export const codeOf = (result: GqlResult): string | undefined => result.errors?.[0]?.extensions?.code;

async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = postgresAdminUrl();
  const template = process.env[POSTGRES_TEMPLATE_ENV];
  if (!template) throw new Error('The PostgreSQL template is missing: run the tests through jest.config.cjs (its globalSetup makes it).');
  const name = `concertation_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  return {
    url: postgresUrlOf(name),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function freshPGlite(): Promise<PGlite> {
  const template = process.env[PGLITE_TEMPLATE_ENV];
  if (!template) throw new Error('The PGlite template is missing: run the tests through jest.config.cjs (its globalSetup makes it).');
  return PGlite.create({ loadDataDir: new Blob([readFileSync(template)]), extensions: PGLITE_EXTENSIONS });
}

export interface StartOptions {
  /**
   * Joins the database of an app already started, as a second API process would (PostgreSQL
   * only: PGlite is one process's database). The first app drops the database: close it last.
   */
  shareDatabaseWith?: TestApp;
  /** Where the app's JSON log lines go (at LOG_LEVEL, info unless `env` says): tests that read logs. Otherwise it logs nothing. */
  logDestination?: DestinationStream;
}

/**
 * Starts the whole application on a free port over a fresh database of the run's store, with
 * its own DATA_DIR (secrets, outbox). `env` adds environment variables (SMTP_URL, ADMIN_EMAIL, …).
 */
export async function startTestApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'concertation-test-'));
  let dropDatabase = async () => undefined as void;
  let pglite: PGlite | null = null;
  const baseEnv: Record<string, string> = {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: 'test-secret-not-for-production',
    DEMO_DATA: '0',
    WEB_ROOT: join(dataDir, 'no-web'),
  };
  const shared = options.shareDatabaseWith;
  if (shared) {
    if (testStore() !== 'postgres' || !shared.config.databaseUrl) {
      throw new Error("Only a PostgreSQL server's database can be shared between two apps (TEST_STORE=postgres): PGlite is one process's database.");
    }
    baseEnv.DATABASE_URL = shared.config.databaseUrl;
  } else if (testStore() === 'postgres') {
    const db = await freshPostgresDatabase();
    baseEnv.DATABASE_URL = db.url;
    dropDatabase = db.drop;
  } else {
    pglite = await freshPGlite();
  }
  const config = loadAppConfig({ ...baseEnv, ...env, PORT: '0' });
  const db = pglite;
  const app = await createApp(
    { config, pglite: db ? async () => db : undefined },
    options.logDestination ? { logDestination: options.logDestination } : { logger: false },
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    dataSource: app.get(DataSource),
    config,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: any; errors?: GqlResult['errors'] };
      return { status: res.status, data: body.data, errors: body.errors };
    },
    async close() {
      await app.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
