#!/usr/bin/env node
// `npm start`: builds what is missing or out of date, then runs the API, which migrates the
// database, loads the demo data when asked, and serves the built web client on the same port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const outputs = { api: join(root, 'dist/apps/api/main.js'), web: join(root, 'dist/apps/web/index.html') };
const sources = ['apps/api/src', 'apps/web', 'libs', 'package-lock.json'].map((p) => join(root, p));
const SKIP = new Set(['node_modules', 'dist', '.nx', 'generated-output']);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (SKIP.has(entry) || entry.endsWith('.spec.ts') || entry.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function stale() {
  const built = Math.min(...Object.values(outputs).map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  return built === 0 || Math.max(...sources.map(newestMtime)) > built;
}

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? 'false' };

if (stale()) {
  console.log('Building the API and the web client (first start or changed sources)…');
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const api = spawn(process.execPath, ['--enable-source-maps', outputs.api], { cwd: root, env: process.env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
