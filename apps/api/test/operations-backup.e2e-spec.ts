import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { dataSourceOptions, openDataSource } from '../src/core/database/data-source';
import { PGLITE_EXTENSIONS } from '../src/core/database/pglite-extensions';
import { startTestApp, type TestApp } from './support/test-app';
import { createUser } from './support/fixtures';
import { postgresAdminUrl, testStore } from './support/stores';

const root = resolve(__dirname, '../../..');
const script = (name: string) => join(root, 'tools/scripts', name);

/** Runs backup.mjs or restore.mjs as an operator would, with only the variables given. */
function run(name: string, args: string[], env: Record<string, string>): { status: number | null; output: string } {
  const rest = { ...process.env };
  delete rest.DATABASE_URL;
  delete rest.DATA_DIR;
  const result = spawnSync(process.execPath, [script(name), ...args], { env: { ...rest, ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

(testStore() === 'postgres' ? describe : describe.skip)('operations: backup and restore of a PostgreSQL server', () => {
  let t: TestApp;
  const work = mkdtempSync(join(tmpdir(), 'concertation-backup-'));
  const restored = `concertation_restore_${randomBytes(6).toString('hex')}`;
  const restoredUrl = (() => {
    const url = new URL(postgresAdminUrl());
    url.pathname = `/${restored}`;
    return url.toString();
  })();
  const admin = (sql: string) => execFileSync('psql', [postgresAdminUrl(), '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { encoding: 'utf8' });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
    admin(`DROP DATABASE IF EXISTS ${restored} WITH (FORCE)`);
    rmSync(work, { recursive: true, force: true });
  });

  it('pg_dump while the API runs, pg_restore into a new database: the rows and the migrations are there', async () => {
    const users = [
      await createUser(t, { displayName: 'Personne fictive sauvegarde 1' }),
      await createUser(t, { displayName: 'Personne fictive sauvegarde 2' }),
    ];
    const file = join(work, 'concertation.dump');
    const backup = run('backup.mjs', [file], { DATABASE_URL: t.config.databaseUrl! });
    expect(backup).toMatchObject({ status: 0 });
    expect(existsSync(file)).toBe(true);

    admin(`CREATE DATABASE ${restored}`);
    const restore = run('restore.mjs', [file], { DATABASE_URL: restoredUrl });
    expect(restore.output).toContain('restored');
    expect(restore.status).toBe(0);

    const client = new Client({ connectionString: restoredUrl });
    await client.connect();
    try {
      const rows = await client.query(`SELECT id, display_name FROM app_user WHERE id = ANY($1) ORDER BY display_name`, [users.map((u) => u.id)]);
      expect(rows.rows).toEqual([
        { id: users[0].id, display_name: 'Personne fictive sauvegarde 1' },
        { id: users[1].id, display_name: 'Personne fictive sauvegarde 2' },
      ]);
      const [source] = await t.dataSource.query(`SELECT count(*)::int AS n FROM migrations`);
      expect((await client.query(`SELECT count(*)::int AS n FROM migrations`)).rows[0].n).toBe(source.n);
    } finally {
      await client.end();
    }
  });

  it('refuses to restore a file that is not a backup, and leaves the database as it was', () => {
    const result = run('restore.mjs', [__filename], { DATABASE_URL: restoredUrl });
    expect(result.status).not.toBe(0);
    expect(admin(`SELECT count(*) FROM pg_database WHERE datname = '${restored}'`).trim()).toBe('1');
  });
});

(testStore() === 'pglite' ? describe : describe.skip)('operations: backup and restore of the embedded database (DATA_DIR)', () => {
  const work = mkdtempSync(join(tmpdir(), 'concertation-backup-'));
  const dataDir = join(work, 'data');
  const backupDir = join(work, 'backup');
  const restoredDir = join(work, 'restored');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('copies DATA_DIR of a stopped API and opens the copy with the rows in it', async () => {
    // An embedded database as the API leaves it: migrated, with a row, then closed.
    mkdirSync(join(dataDir, 'pglite'), { recursive: true });
    const db = await PGlite.create({ dataDir: join(dataDir, 'pglite'), extensions: PGLITE_EXTENSIONS });
    const dataSource = await openDataSource(dataSourceOptions({ databaseUrl: null, dataDir }, async () => db));
    await dataSource.query(
      `INSERT INTO app_user (email, password_hash, display_name, platform_role, locale, time_zone) VALUES ($1, 'x', $2, 'MEMBER', 'FR', 'America/Toronto')`,
      ['sauvegarde@exemple.test', 'Personne fictive embarquée'],
    );
    const [{ n: migrations }] = await dataSource.query(`SELECT count(*)::int AS n FROM migrations`);
    await dataSource.destroy();
    if (!db.closed) await db.close();

    expect(run('backup.mjs', [backupDir], { DATA_DIR: dataDir }).status).toBe(0);
    expect(run('restore.mjs', [backupDir], { DATA_DIR: restoredDir }).status).toBe(0);

    const copy = await PGlite.create({ dataDir: join(restoredDir, 'pglite'), extensions: PGLITE_EXTENSIONS });
    try {
      const users = await copy.query<{ display_name: string }>(`SELECT display_name FROM app_user WHERE email = 'sauvegarde@exemple.test'`);
      expect(users.rows).toEqual([{ display_name: 'Personne fictive embarquée' }]);
      expect((await copy.query<{ n: number }>(`SELECT count(*)::int AS n FROM migrations`)).rows[0].n).toBe(migrations);
    } finally {
      await copy.close();
    }
    // An embedded database made and migrated from nothing (not from the build's snapshot), then copied
    // twice: the slowest thing the suite does, well over a minute on a loaded two-core machine.
  }, 180_000);

  it('refuses to restore over an existing embedded database unless told to move it aside', () => {
    const refused = run('restore.mjs', [backupDir], { DATA_DIR: restoredDir });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('--clean');
    expect(run('restore.mjs', ['--clean', backupDir], { DATA_DIR: restoredDir }).status).toBe(0);
  });
});
