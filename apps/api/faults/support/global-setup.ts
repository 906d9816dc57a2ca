import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { API_BUNDLE, ROOT } from './api-process';
import { assertToolsInstalled, dropLeftoverClusters } from './services';

const SOURCES = ['apps/api/src', 'libs/shared', 'package-lock.json'].map((p) => join(ROOT, p));
const SKIP = new Set(['node_modules', 'dist', '.nx']);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (SKIP.has(entry) || entry.endsWith('.spec.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Once per run: the tools are there, and the API bundle is built from the current sources (as `npm start` does). */
export default function globalSetup(): void {
  assertToolsInstalled();
  const dropped = dropLeftoverClusters();
  if (dropped.length) process.stdout.write(`\n[faults] dropped clusters left by killed runs: ${dropped.join(', ')}\n`);
  const built = existsSync(API_BUNDLE) ? statSync(API_BUNDLE).mtimeMs : 0;
  // FAULTS_SKIP_BUILD=1 runs the bundle as it is (say, while sources are being edited).
  if (built > 0 && (process.env.FAULTS_SKIP_BUILD === '1' || Math.max(...SOURCES.map(newestMtime)) <= built)) return;
  process.stdout.write('\n[faults] building the API bundle (missing or older than its sources)…\n');
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { cwd: ROOT, env, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the API build failed: the fault suite runs the built bundle');
}
