import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationInterface } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * A migrated, empty embedded database made when the API is built (`main.js --pglite-snapshot`),
 * next to main.js. Creating a PostgreSQL cluster in WebAssembly (initdb) costs about 5 s on two
 * cores, most of a first start; copying a ready one costs a few tens of milliseconds. The
 * migrations still run at every start, so a copy that is behind would be caught up, but the copy is
 * only used when it was made by these very migrations: an edited migration must not be skipped.
 */
export const SNAPSHOT_DIR_NAME = 'pglite-snapshot';
export const SNAPSHOT_CLUSTER = 'cluster';
export const SNAPSHOT_MANIFEST = 'manifest.json';

export interface SnapshotManifest {
  migrations: string;
}

/** Names and code of the migrations, so that a snapshot made by other migrations is refused. */
export function migrationsFingerprint(migrations: ReadonlyArray<new () => MigrationInterface> = MIGRATIONS): string {
  const hash = createHash('sha256');
  for (const migration of migrations) {
    const { up, down } = migration.prototype;
    hash.update(`${migration.name}\n${String(up)}\n${String(down)}\n`);
  }
  return hash.digest('hex');
}

/** Why the embedded database was or was not created from the snapshot, for the start log. */
export type SnapshotUse = 'copied' | 'database exists' | 'no snapshot' | 'snapshot out of date';

function readManifest(snapshot: string): SnapshotManifest | null {
  const file = join(snapshot, SNAPSHOT_MANIFEST);
  if (!existsSync(file) || !existsSync(join(snapshot, SNAPSHOT_CLUSTER))) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SnapshotManifest;
  } catch {
    return null;
  }
}

/**
 * Fills an absent or empty cluster directory with the snapshot's copy. Copied beside it and then
 * renamed, so that a start interrupted halfway leaves no half cluster that later starts would take
 * for a database.
 */
export function seedFromSnapshot(snapshot: string, clusterDir: string): SnapshotUse {
  if (existsSync(clusterDir) && readdirSync(clusterDir).length > 0) return 'database exists';
  const manifest = readManifest(snapshot);
  if (!manifest) return 'no snapshot';
  if (manifest.migrations !== migrationsFingerprint()) return 'snapshot out of date';
  const partial = `${clusterDir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(join(snapshot, SNAPSHOT_CLUSTER), partial, { recursive: true });
  rmSync(clusterDir, { recursive: true, force: true });
  renameSync(partial, clusterDir);
  return 'copied';
}
