import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { PGlite } from '@electric-sql/pglite';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { PGLITE_EXTENSIONS } from './pglite-extensions';
import { PGliteSerialPool } from './pglite-pool';
import { seedFromSnapshot } from './pglite-snapshot';

function openCluster(dir: string): Promise<PGlite> {
  mkdirSync(dir, { recursive: true });
  return PGlite.create({ dataDir: dir, extensions: PGLITE_EXTENSIONS });
}

/**
 * Opens the embedded database once per process; PGlite is one session and must not be opened
 * twice. A first start copies the build's migrated snapshot (pglite-snapshot.ts) when there is a
 * matching one; should that copy not open (say, written by another PGlite release), it is thrown
 * away and the database created as if there were no snapshot.
 */
export function embeddedDatabase(dataDir: string, snapshot?: string): () => Promise<PGlite> {
  let opened: Promise<PGlite> | null = null;
  return () => {
    if (!opened) {
      const dir = join(dataDir, 'pglite');
      const use = snapshot ? seedFromSnapshot(snapshot, dir) : 'no snapshot';
      const logger = new Logger('Database');
      if (use === 'copied') logger.log({ msg: 'embedded database created from the build snapshot', snapshot });
      else if (snapshot && use !== 'database exists') logger.log({ msg: 'embedded database created without the build snapshot', reason: use, snapshot });
      opened = openCluster(dir).catch((err: Error) => {
        if (use !== 'copied') throw err;
        logger.warn({ msg: 'the build snapshot did not open: creating the embedded database instead', err: err.message });
        rmSync(dir, { recursive: true, force: true });
        return openCluster(dir);
      });
    }
    return opened;
  };
}

/**
 * The TypeORM options for either store. Both use the postgres dialect and the same migrations;
 * the embedded one swaps `pg` for a pool over PGlite.
 */
export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, pglite?: () => Promise<PGlite>): DataSourceOptions {
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
    driver: {
      Pool: class extends PGliteSerialPool {
        constructor() {
          super(open);
        }
      },
    },
  };
}

export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
