#!/usr/bin/env node
// `npm test`: the formatting check, every project's lint, type check and tests, then the end-to-end
// flows in Chromium.
// The web projects' unit tests run one project at a time (two at once made screen tests wait past
// their limits on two cores); the API suite runs twice, on PostgreSQL
// (DATABASE_URL's server, one file at a time) and then on the embedded PGlite (two files at a
// time: each is one process's CPU), apps/api/project.json. Each step prints how long it took, so
// that CI's log shows where its minutes go.
import { spawnSync } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

const steps = [
  ['prettier', '--check', '.'],
  ['nx', 'run-many', '-t', 'lint', 'typecheck', '--parallel=2', '--outputStyle=static'],
  ['nx', 'run-many', '-t', 'test', '--exclude=api', '--parallel=1', '--outputStyle=static'],
  ['nx', 'run', 'api:test', '--outputStyle=static'],
  ['nx', 'run', 'web-e2e:e2e', '--outputStyle=static'],
];

let failed = 0;
for (const args of steps) {
  console.log(`\n$ npx ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync('npx', args, { cwd: root, env, stdio: 'inherit' });
  console.log(`\n(${Math.round((Date.now() - started) / 1000)} s: npx ${args.join(' ')})`);
  if (run.status !== 0) {
    failed++;
    console.error(`\n✗ failed: npx ${args.join(' ')}`);
    break;
  }
}
console.log(`\ntest steps: ${steps.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
