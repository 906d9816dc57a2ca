import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { dataSourceOptions, openDataSource } from '../../src/core/database/data-source';
import { PGLITE_EXTENSIONS } from '../../src/core/database/pglite-extensions';
import { HOW_TO_START_POSTGRES, PGLITE_TEMPLATE_ENV, postgresAdminUrl, testStore } from './stores';

/**
 * Once per run: for PGlite, migrate one database and save it, since a fresh PGlite takes seconds
 * to initialise and a saved copy loads in about one; for PostgreSQL, fail early and say how to
 * start the server rather than letting every test time out.
 */
export default async function globalSetup(): Promise<void> {
  if (testStore() === 'postgres') {
    const client = new Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (err) {
      throw new Error(`${HOW_TO_START_POSTGRES}\n(${(err as Error).message})`, { cause: err });
    } finally {
      await client.end().catch(() => undefined);
    }
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
