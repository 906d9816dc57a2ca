import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { migrationsFingerprint, seedFromSnapshot, SNAPSHOT_CLUSTER, SNAPSHOT_MANIFEST } from './pglite-snapshot';

// A stand-in cluster: which files the copy moves is what matters here, not PostgreSQL (see first-start.e2e-spec.ts).
function fakeSnapshot(dir: string, fingerprint = migrationsFingerprint()): string {
  mkdirSync(join(dir, SNAPSHOT_CLUSTER, 'base'), { recursive: true });
  writeFileSync(join(dir, SNAPSHOT_CLUSTER, 'PG_VERSION'), '17\n');
  writeFileSync(join(dir, SNAPSHOT_CLUSTER, 'base', '1'), 'pages');
  writeFileSync(join(dir, SNAPSHOT_MANIFEST), JSON.stringify({ migrations: fingerprint }));
  return dir;
}

describe('the build snapshot of the embedded database', () => {
  let work: string;
  beforeEach(() => (work = mkdtempSync(join(tmpdir(), 'concertation-snapshot-'))));
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('fingerprints the migrations by name and code, so that an edited or added one changes it', () => {
    class Edited implements MigrationInterface {
      async up(q: QueryRunner) {
        await q.query('SELECT 2');
      }
      async down(q: QueryRunner) {
        await q.query('SELECT 1');
      }
    }
    expect(migrationsFingerprint()).toBe(migrationsFingerprint(MIGRATIONS));
    expect(migrationsFingerprint([...MIGRATIONS, Edited])).not.toBe(migrationsFingerprint());
    const renamed = Object.defineProperty(class extends Edited {}, 'name', { value: MIGRATIONS.at(-1)!.name });
    expect(migrationsFingerprint([...MIGRATIONS.slice(0, -1), renamed])).not.toBe(migrationsFingerprint());
  });

  it('is copied whole into an absent cluster directory, leaving nothing half-copied beside it', () => {
    const cluster = join(work, 'data', 'pglite');
    expect(seedFromSnapshot(fakeSnapshot(join(work, 'snapshot')), cluster)).toBe('copied');
    expect(readFileSync(join(cluster, 'base', '1'), 'utf8')).toBe('pages');
    expect(existsSync(join(cluster, SNAPSHOT_MANIFEST))).toBe(false);
    expect(readdirSync(join(work, 'data'))).toEqual(['pglite']);
  });

  it('is copied into an empty cluster directory too (an earlier start that stopped before creating it)', () => {
    const cluster = join(work, 'data', 'pglite');
    mkdirSync(cluster, { recursive: true });
    expect(seedFromSnapshot(fakeSnapshot(join(work, 'snapshot')), cluster)).toBe('copied');
    expect(existsSync(join(cluster, 'PG_VERSION'))).toBe(true);
  });

  it('never touches an existing database', () => {
    const cluster = join(work, 'data', 'pglite');
    mkdirSync(cluster, { recursive: true });
    writeFileSync(join(cluster, 'PG_VERSION'), 'mine');
    expect(seedFromSnapshot(fakeSnapshot(join(work, 'snapshot')), cluster)).toBe('database exists');
    expect(readdirSync(cluster)).toEqual(['PG_VERSION']);
    expect(readFileSync(join(cluster, 'PG_VERSION'), 'utf8')).toBe('mine');
  });

  it('is not used when missing or incomplete: the database is then created as without it', () => {
    const cluster = join(work, 'data', 'pglite');
    expect(seedFromSnapshot(join(work, 'nowhere'), cluster)).toBe('no snapshot');
    const incomplete = fakeSnapshot(join(work, 'incomplete'));
    rmSync(join(incomplete, SNAPSHOT_MANIFEST));
    expect(seedFromSnapshot(incomplete, cluster)).toBe('no snapshot');
    expect(existsSync(cluster)).toBe(false);
  });

  it('is not used when other migrations made it', () => {
    const cluster = join(work, 'data', 'pglite');
    expect(seedFromSnapshot(fakeSnapshot(join(work, 'snapshot'), 'made-by-other-migrations'), cluster)).toBe('snapshot out of date');
    expect(existsSync(cluster)).toBe(false);
  });
});
