import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { dataSourceOptions, openDataSource } from './data-source';
import { PGLITE_EXTENSIONS } from './pglite-extensions';
import { migrationsFingerprint, SNAPSHOT_CLUSTER, SNAPSHOT_MANIFEST, type SnapshotManifest } from './pglite-snapshot';

/**
 * Build step: creates an embedded database, runs every migration on it, closes it cleanly and
 * keeps its directory with the fingerprint of those migrations. Written beside `target` and
 * renamed, so that a failed build leaves no snapshot rather than a broken one.
 */
export async function writePgliteSnapshot(target: string): Promise<void> {
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const cluster = join(partial, SNAPSHOT_CLUSTER);
  mkdirSync(cluster, { recursive: true });
  const db = await PGlite.create({ dataDir: cluster, extensions: PGLITE_EXTENSIONS });
  const dataSource = await openDataSource(dataSourceOptions({ databaseUrl: null, dataDir: partial }, async () => db));
  await dataSource.destroy();
  if (!db.closed) await db.close();
  const manifest: SnapshotManifest = { migrations: migrationsFingerprint() };
  writeFileSync(join(partial, SNAPSHOT_MANIFEST), JSON.stringify(manifest) + '\n');
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
}
