import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../src/core/config/app-config';
import { embeddedDatabase } from '../src/core/database/data-source';
import { MIGRATIONS } from '../src/core/database/migrations';
import { SNAPSHOT_CLUSTER, SNAPSHOT_MANIFEST } from '../src/core/database/pglite-snapshot';
import { writePgliteSnapshot } from '../src/core/database/pglite-snapshot.writer';
import { createApp } from '../src/create-app';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from '../src/startup/demo-data';
import { testStore } from './support/stores';

const LOGIN = `mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;

/** The app's JSON log lines, for what it says about the snapshot. */
class CapturedLogs {
  private readonly raw: string[] = [];
  write(chunk: string): void {
    this.raw.push(chunk);
  }
  about(msgPart: string): Array<Record<string, any>> {
    return this.raw
      .flatMap((c) => c.split('\n').filter(Boolean))
      .map((l) => JSON.parse(l))
      .filter((l) => String(l.msg).includes(msgPart));
  }
}

interface Started {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  logs: CapturedLogs;
}

/** Starts the API as main.ts does on the embedded database: DATA_DIR, the snapshot beside the build, DEMO_DATA on. */
async function start(dataDir: string, snapshot: string): Promise<Started> {
  const config = loadAppConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATA_DIR: dataDir,
    JWT_SECRET: 'test-secret-not-for-production',
    DEMO_DATA: '1',
    WEB_ROOT: join(dataDir, 'no-web'),
    LOG_LEVEL: 'info',
  });
  const logs = new CapturedLogs();
  const app = await createApp({ config, pglite: embeddedDatabase(dataDir, snapshot) }, { logDestination: logs });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, dataSource: app.get(DataSource), logs };
}

async function count(s: Started, table: string): Promise<number> {
  return (await s.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
}

async function signIn(s: Started, email: string): Promise<string | undefined> {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { email, password: DEMO_PASSWORD } }),
  });
  return ((await res.json()) as { data?: { login?: { accessToken: string } } }).data?.login?.accessToken;
}

// The embedded database only: a PostgreSQL server's database is created by its operator.
(testStore() === 'pglite' ? describe : describe.skip)('a first start on an empty DATA_DIR', () => {
  const work = mkdtempSync(join(tmpdir(), 'concertation-first-start-'));
  const snapshot = join(work, 'snapshot');
  beforeAll(() => writePgliteSnapshot(snapshot), 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('copies the build snapshot: every migration is there, and the demo data is loaded on it', async () => {
    const dataDir = join(work, 'fresh');
    const s = await start(dataDir, snapshot);
    try {
      expect(s.logs.about('created from the build snapshot')).toHaveLength(1);
      expect(await count(s, 'migrations')).toBe(MIGRATIONS.length);
      expect(await count(s, 'organization')).toBe(12);
      expect(await signIn(s, DEMO_SIGN_INS[0].email)).toEqual(expect.any(String));
      expect((await fetch(`${s.url}/health`)).status).toBe(200);
    } finally {
      await s.app.close();
    }
    // The copy is the database from then on: the next start opens it, keeps its rows, copies nothing.
    const again = await start(dataDir, snapshot);
    try {
      expect(again.logs.about('build snapshot')).toEqual([]);
      expect(await count(again, 'organization')).toBe(12);
    } finally {
      await again.app.close();
    }
  });

  it('creates and migrates the database itself when the snapshot was made by other migrations', async () => {
    const stale = join(work, 'stale-snapshot');
    cpSync(snapshot, stale, { recursive: true });
    writeFileSync(join(stale, SNAPSHOT_MANIFEST), JSON.stringify({ migrations: 'made-by-other-migrations' }));
    const s = await start(join(work, 'fresh-with-stale'), stale);
    try {
      expect(s.logs.about('created without the build snapshot')).toEqual([expect.objectContaining({ reason: 'snapshot out of date' })]);
      expect(await count(s, 'migrations')).toBe(MIGRATIONS.length);
      expect(await count(s, 'organization')).toBe(12);
      expect(await signIn(s, DEMO_SIGN_INS[0].email)).toEqual(expect.any(String));
    } finally {
      await s.app.close();
    }
  });

  it('throws a copy away that does not open (written by another PGlite release, say) and creates the database itself', async () => {
    const foreign = join(work, 'foreign-snapshot');
    cpSync(snapshot, foreign, { recursive: true });
    writeFileSync(join(foreign, SNAPSHOT_CLUSTER, 'PG_VERSION'), '99\n');
    const s = await start(join(work, 'fresh-with-foreign'), foreign);
    try {
      expect(s.logs.about('did not open')).toHaveLength(1);
      expect(await count(s, 'migrations')).toBe(MIGRATIONS.length);
      expect(await count(s, 'organization')).toBe(12);
    } finally {
      await s.app.close();
    }
  });

  it('creates and migrates the database itself when the build made no snapshot', async () => {
    const s = await start(join(work, 'fresh-without'), join(work, 'no-snapshot-here'));
    try {
      expect(s.logs.about('created without the build snapshot')).toEqual([expect.objectContaining({ reason: 'no snapshot' })]);
      expect(await count(s, 'migrations')).toBe(MIGRATIONS.length);
      expect(await count(s, 'organization')).toBe(12);
    } finally {
      await s.app.close();
    }
  });
});
