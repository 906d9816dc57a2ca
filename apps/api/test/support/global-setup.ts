import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { dataSourceOptions, openDataSource } from '../../src/core/database/data-source';
import { PGLITE_EXTENSIONS } from '../../src/core/database/pglite-extensions';
import { HOW_TO_START_POSTGRES, PGLITE_TEMPLATE_ENV, POSTGRES_TEMPLATE_ENV, postgresAdminUrl, postgresUrlOf, testStore } from './stores';

/**
 * Once per run, one migrated database that every test file copies, since running the migrations
 * again for each of ~90 files costs minutes: for PostgreSQL a template database (`CREATE DATABASE
 * … TEMPLATE`, dropped by the teardown), for PGlite a saved data directory (a fresh PGlite takes
 * seconds to initialise and a saved copy loads in about one). PostgreSQL not reachable fails early
 * with how to start it, rather than letting every test time out.
 */
export default async function globalSetup(): Promise<void> {
  if (testStore() === 'postgres') {
    const client = new Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 3000 });
    const template = `concertation_template_${process.pid}_${Date.now()}`;
    try {
      await client.connect();
      await client.query(`CREATE DATABASE ${template}`);
    } catch (err) {
      throw new Error(`${HOW_TO_START_POSTGRES}\n(${(err as Error).message})`, { cause: err });
    } finally {
      await client.end().catch(() => undefined);
    }
    const dataSource = await openDataSource(dataSourceOptions({ databaseUrl: postgresUrlOf(template), dataDir: tmpdir() }));
    await dataSource.destroy();
    process.env[POSTGRES_TEMPLATE_ENV] = template;
    return;
  }
  const db = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const dataSource = await openDataSource(dataSourceOptions({ databaseUrl: null, dataDir: tmpdir() }, async () => db));
  const dump = await db.dumpDataDir('gzip');
  await dataSource.destroy();
  const file = join(tmpdir(), `concertation-pglite-template-${process.pid}.tar.gz`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env[PGLITE_TEMPLATE_ENV] = file;
}
