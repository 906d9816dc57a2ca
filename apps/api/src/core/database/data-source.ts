import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { PGLITE_EXTENSIONS } from './pglite-extensions';
import { PGliteSerialPool } from './pglite-pool';

/** Opens the embedded database once per process; PGlite is one session and must not be opened twice. */
export function embeddedDatabase(dataDir: string): () => Promise<PGlite> {
  let opened: Promise<PGlite> | null = null;
  return () => {
    if (!opened) {
      const dir = join(dataDir, 'pglite');
      mkdirSync(dir, { recursive: true });
      opened = PGlite.create({ dataDir: dir, extensions: PGLITE_EXTENSIONS });
    }
    return opened;
  };
}

/**
 * The TypeORM options for either store. Both use the postgres dialect and the same migrations;
 * the embedded one swaps `pg` for a pool over PGlite.
 */
export function dataSourceOptions(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  pglite?: () => Promise<PGlite>,
): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
  };
  if (config.databaseUrl) {
    return { ...common, url: config.databaseUrl, poolSize: 10 };
  }
  const open = pglite ?? embeddedDatabase(config.dataDir);
  return {
    ...common,
    driver: { Pool: class extends PGliteSerialPool { constructor() { super(open); } } },
  };
}

export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
