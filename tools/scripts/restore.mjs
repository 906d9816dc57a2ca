#!/usr/bin/env node
// Restores a backup made by backup.mjs: `node tools/scripts/restore.mjs <backup>`. Stop the API first.
// - DATABASE_URL set: `pg_restore` of the pg_dump file into that database, in one transaction.
//   Restore into a NEW, empty database (createdb), then point DATABASE_URL at it; `--clean` drops
//   and recreates the objects of an existing one instead.
// - otherwise: the backup directory is copied to DATA_DIR (default ./.data), which must not hold an
//   embedded database yet (`--clean` moves an existing DATA_DIR aside to DATA_DIR.before-restore-<time>).
// The API applies any newer migrations at its next start. See README.md, "Running in production".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const clean = args.includes('--clean');
const source = args.find((a) => !a.startsWith('--'));
if (!source || !existsSync(source)) {
  console.error('usage: node tools/scripts/restore.mjs [--clean] <backup file (PostgreSQL) or directory (embedded database)>');
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL?.trim();

if (databaseUrl) {
  const options = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', ...(clean ? ['--clean', '--if-exists'] : [])];
  const run = spawnSync('pg_restore', [...options, `--dbname=${databaseUrl}`, resolve(source)], { stdio: 'inherit' });
  if (run.error) fail(`pg_restore could not run (${run.error.message}): install the PostgreSQL client (apt-get install postgresql-client).`);
  if (run.status !== 0) fail(`pg_restore failed with status ${run.status}; nothing was restored (single transaction).`);
  console.log('PostgreSQL backup restored.');
} else {
  const from = resolve(source);
  if (!existsSync(join(from, 'pglite'))) fail(`${from} is not a backup of the embedded database (no pglite directory).`);
  const dataDir = resolve(process.env.DATA_DIR ?? './.data');
  if (existsSync(join(dataDir, 'pglite'))) {
    if (!clean) fail(`${dataDir} already holds an embedded database: stop the API and use --clean to move it aside, or choose another DATA_DIR.`);
    const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, aside);
    console.log(`The previous ${dataDir} was moved to ${aside}.`);
  }
  cpSync(from, dataDir, { recursive: true });
  rmSync(join(dataDir, 'BACKUP.json'), { force: true });
  console.log(`Embedded database restored into ${dataDir}.`);
}

function fail(message) {
  console.error(`restore: ${message}`);
  process.exit(1);
}
