import { Client } from 'pg';
import { POSTGRES_TEMPLATE_ENV, postgresAdminUrl, testStore } from './stores';

/** Drops the PostgreSQL run's template database (global-setup.ts), so that runs leave nothing behind. */
export default async function globalTeardown(): Promise<void> {
  const template = process.env[POSTGRES_TEMPLATE_ENV];
  if (testStore() !== 'postgres' || !template) return;
  const client = new Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
