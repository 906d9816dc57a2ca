#!/usr/bin/env node
// `npm run bench:profile`: one API process started with `--cpu-prof` on the bench's seeded
// database, under scenario 1's dashboard load (default); with BENCH_PROFILE=live, scenario 3's
// live fan-out on one process (1,000 subscribers, one agenda change a second); with
// BENCH_PROFILE=votes, scenario 8's ballots on one process (150 a second, half the burst's rate
// per process, while 1,000 subscribers follow the meeting); then the functions
// that took the most CPU (self time, grouped by package or by file of the API). Where
// bench/findings.md's profiles come from. BENCH_PROFILE_SECONDS (default 20) sets the window;
// BENCH_PROTECTIONS and BENCH_INSTRUMENT pass through to the API (instrumentation off by default:
// it is not part of what users run).
import { fork } from 'node:child_process';
import { readFileSync, readdirSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { LIVE_MEETING, SIZES, seedSql, tokenFor, uuidOf } from './lib/seed.mjs';
import { startProcess, stopAll, stopProcess, waitHealthy } from './lib/procs.mjs';
import { DASHBOARD, runLoad } from './lib/dashboard.mjs';
import { CAST_BALLOT, openBenchVote } from './lib/votes.mjs';

const root = new URL('..', import.meta.url).pathname;
const seconds = Number(process.env.BENCH_PROFILE_SECONDS ?? 20);
const mode = process.env.BENCH_PROFILE ?? 'dashboard';
const live = mode === 'live' || mode === 'votes';
const BALLOTS_PER_SECOND = 150;
const VOTERS = 300;
const PG_ADMIN = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const JWT_SECRET = `profile-${process.pid}`;
const PORT = 3911;
const db = `concertation_profile_${process.pid}`;
const databaseUrl = PG_ADMIN.replace(/\/[^/]*$/, `/${db}`);
const work = mkdtempSync(join(tmpdir(), 'concertation-profile-'));
const logDir = join(work, 'logs');
const profDir = join(work, 'prof');
mkdirSync(logDir);
mkdirSync(profDir);

const env = (extra = {}) => ({
  DATABASE_URL: databaseUrl,
  PORT: String(PORT),
  DATA_DIR: join(work, 'data'),
  JWT_SECRET,
  DEMO_DATA: '0',
  REDIS_URL: live ? (process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/9') : '',
  NODE_ENV: 'development',
  BENCH_INSTRUMENT: process.env.BENCH_INSTRUMENT ?? '',
  BENCH_PROTECTIONS: process.env.BENCH_PROTECTIONS ?? '',
  BENCH_LOG_SQL: process.env.BENCH_LOG_SQL ?? '',
  ...extra,
});
const api = (args = []) => startProcess('api', process.execPath, [...args, join(root, 'dist/apps/api/main.js')], { cwd: root, env: env(), logDir });

const admin = new pg.Client({ connectionString: PG_ADMIN });
try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  let child = api();
  await waitHealthy(`http://127.0.0.1:${PORT}/health`);
  await stopProcess(child);
  const seeder = new pg.Client({ connectionString: databaseUrl });
  await seeder.connect();
  await seeder.query(seedSql());
  await seeder.end();
  console.log(`seeded ${JSON.stringify(SIZES)}`);

  child = api(['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
  await waitHealthy(`http://127.0.0.1:${PORT}/health`);
  const sign = (n) => tokenFor(n, JWT_SECRET);
  const post = async (tok, query, variables) =>
    (
      await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tok}` },
        body: JSON.stringify({ query, variables }),
      })
    ).json();
  if (live) {
    // Users 0..999 sit at table 0, user 0 chairs it (lib/seed.mjs).
    const tokens = await Promise.all(Array.from({ length: 1000 }, (_, i) => sign(i)));
    const worker = fork(join(root, 'bench/live-worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const meetingId = await uuidOf('meeting', LIVE_MEETING);
    await new Promise((resolve) => {
      worker.once('message', resolve);
      worker.send({ urls: [`ws://127.0.0.1:${PORT}/graphql`], tokens, meetingId });
    });
    const item = await uuidOf('agenda', 0);
    if (mode === 'votes') {
      const seeder = new pg.Client({ connectionString: databaseUrl });
      await seeder.connect();
      const { voteId, orgIds } = await openBenchVote(seeder, VOTERS, (query, variables) => post(tokens[0], query, variables));
      await seeder.end();
      // Each organization casts again and again (a ballot replaces the last), at a steady rate.
      const latencies = [];
      let errors = 0;
      const began = Date.now();
      const casts = [];
      for (let n = 0; n < seconds * BALLOTS_PER_SECOND; n++) {
        await new Promise((r) => setTimeout(r, Math.max(0, began + (n * 1000) / BALLOTS_PER_SECOND - Date.now())));
        const o = n % VOTERS;
        const sent = performance.now();
        casts.push(
          post(tokens[o], CAST_BALLOT, { v: voteId, o: orgIds[o], c: n % 3 ? 'YES' : 'NO' }).then((body) => {
            latencies.push(performance.now() - sent);
            if (body.errors) errors++;
          }),
        );
      }
      await Promise.all(casts);
      latencies.sort((a, b) => a - b);
      console.log(
        `votes: ${latencies.length} ballots, ${errors} errors, p50 ${latencies[Math.floor(latencies.length / 2)].toFixed(0)} ms, p99 ${latencies[Math.floor(latencies.length * 0.99)].toFixed(0)} ms`,
      );
    }
    for (let i = 0; i < (mode === 'live' ? seconds : 0); i++) {
      const tick = Date.now();
      await post(tokens[0], 'mutation($id: ID!, $t: String!) { updateAgendaItem(id: $id, input: { title: $t }) { id } }', {
        id: item,
        t: `Point fictif ${i}`,
      });
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - tick))));
    }
    const report = await new Promise((resolve) => {
      worker.once('message', resolve);
      worker.send('stop');
    });
    const latencies = report.received
      .flat()
      .map(([, ms]) => ms)
      .sort((a, b) => a - b);
    console.log(
      `live: ${latencies.length} deliveries, p50 ${latencies[Math.floor(latencies.length / 2)]} ms, p99 ${latencies[Math.floor(latencies.length * 0.99)]} ms`,
    );
  } else {
    const tokens = await Promise.all(Array.from({ length: 200 }, (_, i) => sign(i * 25)));
    const variables = { from: new Date().toISOString(), to: new Date(Date.now() + 30 * 864e5).toISOString() };
    const r = runLoad({ url: `http://127.0.0.1:${PORT}/graphql`, query: DASHBOARD, tokens, variables, warmupSeconds: 3, durationSeconds: seconds });
    console.log(`load: ${r.requestsPerSecond} req/s, p99 ${r.latencyMs.p99} ms, non-2xx ${r.non2xx}`);
  }
  await stopProcess(child);

  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  console.log(`profile: ${join(profDir, file)}`);
  report(JSON.parse(readFileSync(join(profDir, file), 'utf8')));
} finally {
  await stopAll();
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
}

/** Self time by function and by where it lives (a package of node_modules, or a file of the API). */
function report(profile) {
  const self = new Map(profile.nodes.map((n) => [n.id, 0]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, self.get(id) + (dt[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map();
  const byPlace = new Map();
  for (const n of profile.nodes) {
    const us = self.get(n.id);
    const url = n.callFrame.url || '(native)';
    const place =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      (url.includes('dist/apps/api') ? 'api bundle' : url.startsWith('node:') ? url : n.callFrame.functionName || url);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(root, '')}:${n.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  console.log(`\nself time by place (${(total / 1e6).toFixed(1)} s sampled)\n${top(byPlace, 25)}\n\nby function\n${top(byFunction, 40)}`);
}
