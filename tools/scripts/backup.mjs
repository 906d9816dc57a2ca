#!/usr/bin/env node
// Backs up the database: `node tools/scripts/backup.mjs <target>`.
// - DATABASE_URL set (PostgreSQL server): `pg_dump -Fc` into the file <target> (consistent while
//   the API runs: pg_dump reads one snapshot).
// - otherwise (embedded PGlite): a copy of DATA_DIR (default ./.data) into the directory <target>.
//   Stop the API first: PGlite is one process's database and its files are only consistent at rest.
// See README.md, "Running in production".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const target = process.argv[2];
if (!target) {
  console.error('usage: node tools/scripts/backup.mjs <target file (PostgreSQL) or directory (embedded database)>');
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL?.trim();

if (databaseUrl) {
  const run = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${resolve(target)}`, `--dbname=${databaseUrl}`], {
    stdio: 'inherit',
  });
  if (run.error) fail(`pg_dump could not run (${run.error.message}): install the PostgreSQL client (apt-get install postgresql-client).`);
  if (run.status !== 0) fail(`pg_dump failed with status ${run.status}.`);
  console.log(`PostgreSQL backup written to ${resolve(target)} (pg_dump custom format; restore with tools/scripts/restore.mjs).`);
} else {
  const dataDir = resolve(process.env.DATA_DIR ?? './.data');
  if (!existsSync(join(dataDir, 'pglite'))) fail(`${dataDir} holds no embedded database (no pglite directory): set DATA_DIR, or DATABASE_URL for a server.`);
  const out = resolve(target);
  if (existsSync(out) && readdirSync(out).length > 0) fail(`${out} exists and is not empty: choose a new directory.`);
  cpSync(dataDir, out, { recursive: true, errorOnExist: true, force: false });
  writeFileSync(join(out, 'BACKUP.json'), JSON.stringify({ kind: 'embedded', from: dataDir, at: new Date().toISOString() }, null, 2) + '\n');
  console.log(`Embedded database backed up: ${dataDir} copied to ${out} (restore with tools/scripts/restore.mjs, API stopped).`);
}

function fail(message) {
  console.error(`backup: ${message}`);
  process.exit(1);
}
