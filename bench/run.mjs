#!/usr/bin/env node
// `npm run bench`: seeds PostgreSQL at scale, builds and starts the API, drives load from separate
// processes and writes bench/results.{md,json}. See bench/README.md. Not part of `npm test`.
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { BIG_TABLE, COORDINATOR, LIVE_MEETING, LIVE_SUBSCRIBERS, SIZES, seedSql, tokenFor, uuidOf } from './lib/seed.mjs';
import { peakRssMb, resetPeakRss, startProcess, stopAll, stopProcess, waitHealthy } from './lib/procs.mjs';
import { plainLoop, startSink, waitForAccepted } from './lib/email.mjs';
import { DASHBOARD, WHAT_NEEDS_ME, runLoad } from './lib/dashboard.mjs';
import { CAST_BALLOT, openBenchVote } from './lib/votes.mjs';
import { NETWORK_REPORT, TABLE_REPORT, lastYear, tableWork, timeSequential } from './lib/reports.mjs';

const root = new URL('..', import.meta.url).pathname;
const quick = process.env.BENCH_QUICK === '1'; // shorter windows, for trying the bench itself
const WARMUP = quick ? 2 : 10,
  DURATION = quick ? 5 : 30,
  LIVE_SECONDS = quick ? 10 : 60,
  ROUNDS = quick ? 1 : 3;
// Scenario 6's sequential requests: each table report, and the network report (each about ten times longer).
const TABLE_REPORT_REQUESTS = quick ? 10 : 50,
  NETWORK_REPORT_REQUESTS = quick ? 3 : 20;
// Scenario 7: e-mails to send through the outbox (and the plain loop); scenario 8: organizations casting at once.
const EMAILS = quick ? 2000 : 10000,
  VOTERS = 300,
  UNLOADED_BALLOTS = 30;
// Scenario 3's larger step: subscribers, and its window (seconds).
const LARGE_AUDIENCE = 5000,
  LARGE_AUDIENCE_SECONDS = quick ? 5 : 30;
/**
 * `BENCH_ONLY=reports` (or a comma-separated list of these) runs only those scenarios, on the same
 * seed: `dashboard` (with the home page and protections), `statements`, `live` (with the votes and
 * the larger audience), `reports`, `email`, `web`.
 */
const SCENARIOS = {
  dashboard: ['dashboard', 'home', 'protections'],
  statements: ['statements'],
  live: ['live', 'votes', 'liveLarge'],
  reports: ['reports'],
  email: ['email'],
  web: ['web'],
};
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : null;
for (const name of only ?? []) if (!(name in SCENARIOS)) throw new Error(`BENCH_ONLY: unknown scenario ${name} (one of ${Object.keys(SCENARIOS).join(', ')})`);
/** Whether a scenario (or a part of one, as `votes` of `live`) runs in this run. */
const runs = (name) => only === null || only.some((group) => group === name || SCENARIOS[group].includes(name));
const PG_ADMIN = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/9';
const JWT_SECRET = `bench-${process.pid}-${Date.now()}`;
const PORTS = { a: 3901, b: 3902, raw: 3903, start: 3904, on: 3905, off: 3906, reports: 3907, email: 3908, dev: 3909 };
const db = `concertation_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
const databaseUrl = PG_ADMIN.replace(/\/[^/]*$/, `/${db}`);
const work = mkdtempSync(join(tmpdir(), 'concertation-bench-'));
const logDir = join(work, 'logs');
mkdirSync(logDir);
const t0 = Date.now();
const step = (msg) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const TABLE_PAGE = `query TablePage($id: ID!, $from: DateTime!, $to: DateTime!) {
  table(id: $id) { id name viewerRole meetings(from: $from, to: $to) { id title status startsAt endsAt timeZone viewerRsvp agendaPublishedAt table { id name } } }
}`;

const token = (n) => tokenFor(n, JWT_SECRET);
async function gql(port, tok, query, variables) {
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tok}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: r.status, statements: Number(r.headers.get('x-bench-sql-statements')), body: await r.json() };
}
const apiEnv = (port, extra = {}) => ({
  DATABASE_URL: databaseUrl,
  PORT: String(port),
  DATA_DIR: join(work, `data-${port}`),
  JWT_SECRET,
  DEMO_DATA: '0',
  REDIS_URL,
  BENCH_INSTRUMENT: '1',
  NODE_ENV: 'development',
  // Only the e-mail scenario's process sends the outbox (to its SMTP server): the others would write
  // every e-mail the scenarios cause as a file.
  EMAIL_SENDING: '0',
  ...extra,
});
/** What users run: NODE_ENV=production, without the bench's statement counter. */
const PRODUCTION = { NODE_ENV: 'production', BENCH_INSTRUMENT: '' };
async function startApi(name, port, extra) {
  const child = startProcess(name, process.execPath, [join(root, 'dist/apps/api/main.js')], { cwd: root, env: apiEnv(port, extra), logDir });
  await waitHealthy(`http://127.0.0.1:${port}/health`);
  return child;
}
/** Several windows of one variant as one: the median of each number, with the windows kept. */
function combine(list) {
  const median = (f) => {
    const sorted = list.map(f).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  return {
    requestsPerSecond: median((w) => w.requestsPerSecond),
    latencyMs: { p50: median((w) => w.latencyMs.p50), p99: median((w) => w.latencyMs.p99) },
    non2xx: median((w) => w.non2xx),
    windows: list,
  };
}
function load(port, tokens, variables, query = DASHBOARD) {
  return runLoad({ url: `http://127.0.0.1:${port}/graphql`, query, tokens, variables, warmupSeconds: WARMUP, durationSeconds: DURATION });
}
const stats = async (port, method = 'GET') => (await fetch(`http://127.0.0.1:${port}/__bench/stats`, { method })).json();
const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

// --- build if stale (the same rule as `npm start`) ---------------------------------------------
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const e of readdirSync(path)) if (!['node_modules', 'dist', '.nx'].includes(e)) newest = Math.max(newest, newestMtime(join(path, e)));
  return newest;
}
function buildIfStale() {
  const outs = ['dist/apps/api/main.js', 'dist/apps/web/index.html'].map((p) => join(root, p));
  const built = Math.min(...outs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  const newest = Math.max(...['apps/api/src', 'apps/web', 'libs', 'package-lock.json'].map((p) => newestMtime(join(root, p))));
  if (built > 0 && newest <= built) return step('build: up to date');
  step('build: API and web client');
  const r = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (r.status !== 0) throw new Error('build failed');
}

const results = {
  startedAt: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  sizes: SIZES,
  scenarios: {},
};
const admin = new pg.Client({ connectionString: PG_ADMIN });
// Only the database scenarios connect it: a query on a client that never connected waits for ever.
let adminConnected = false;

async function main() {
  buildIfStale();
  if (['dashboard', 'statements', 'live', 'reports', 'email'].some(runs)) await databaseScenarios();
  if (runs('web')) await webScenario();
}

/** Scenarios 1 to 4 and 6, on the seeded PostgreSQL database. */
async function databaseScenarios() {
  await admin.connect();
  adminConnected = true;
  await admin.query(`CREATE DATABASE ${db}`);
  step(`database ${db}: migrating (API start)`);
  await stopProcess(await startApi('migrate', PORTS.a));
  step('seeding');
  const seedStart = Date.now();
  const seeder = new pg.Client({ connectionString: databaseUrl });
  await seeder.connect();
  await seeder.query(seedSql());
  const counts = (
    await seeder.query(`SELECT (SELECT count(*) FROM organization)::int AS organizations, (SELECT count(*) FROM round_table)::int AS tables,
      (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM meeting)::int AS meetings,
      (SELECT count(*) FROM agenda_item)::int AS "agendaItems", (SELECT count(*) FROM action_item)::int AS "actionItems",
      (SELECT count(*) FROM attendance)::int AS attendance, (SELECT count(*) FROM decision)::int AS decisions, (SELECT count(*) FROM ballot)::int AS ballots,
      (SELECT count(*) FROM referral)::int AS referrals, (SELECT count(*) FROM consultation_invitation)::int AS "consultationInvitations"`)
  ).rows[0];
  // Settle the database before measuring: the bulk insert leaves autovacuum and a checkpoint to
  // come, which would otherwise land in whichever window happens to run then.
  await seeder.query('VACUUM ANALYZE');
  await seeder.query('CHECKPOINT');
  results.seed = { seconds: (Date.now() - seedStart) / 1000, counts };
  step(`seeded in ${results.seed.seconds} s: ${JSON.stringify(counts)}`);

  const apiA = await startApi('api-a', PORTS.a);
  if (runs('dashboard')) await dashboardScenario();
  if (runs('statements')) await statementsScenario(seeder);
  if (runs('reports')) await reportsScenario();
  if (runs('email')) await emailScenario(seeder);
  await stopProcess(apiA);
  // The live processes keep only the totals (BENCH_INSTRUMENT=stats): counting per request needs
  // AsyncLocalStorage, which slows every promise of the process, and the fan-out is all promises.
  if (runs('live')) await liveScenario(seeder, await startApi('api-a', PORTS.a, { BENCH_INSTRUMENT: 'stats' }));
  await seeder.end();
}

/** 1. The dashboard, GraphQL vs raw; the home page; protections on and off. */
async function dashboardScenario() {
  const raw = startProcess('raw', process.execPath, [join(root, 'bench/raw-server.mjs')], {
    cwd: root,
    env: { DATABASE_URL: databaseUrl, JWT_SECRET, PORT: String(PORTS.raw) },
    logDir,
  });
  await sleep(500);
  const viewers = Array.from({ length: 200 }, (_, i) => i * 25);
  const tokens = await Promise.all(viewers.map(token));
  const variables = { from: new Date().toISOString(), to: new Date(Date.now() + 30 * 864e5).toISOString() };
  const same = [];
  for (const tok of tokens.slice(0, 5)) {
    const [a, b] = [
      await gql(PORTS.a, tok, DASHBOARD, variables),
      await fetch(`http://127.0.0.1:${PORTS.raw}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' },
        body: JSON.stringify({ variables }),
      }).then((r) => r.json()),
    ];
    same.push(JSON.stringify(a.body) === JSON.stringify(b) && !a.body.errors);
  }
  const dashboardStatements = (await gql(PORTS.a, tokens[0], DASHBOARD, variables)).statements;
  step(`dashboard: raw and GraphQL answer the same JSON: ${same.every(Boolean)}`);
  // The home page's one query: its statements for a table's chair (user 1, table 1) and for members
  // of every kind of seat, which must not grow with what waits for them.
  const homeStatements = [];
  for (const n of [1, 0, 25, 50, 75]) {
    const r = await gql(PORTS.a, await token(n), WHAT_NEEDS_ME, {});
    homeStatements.push({ viewer: n, statements: r.statements, errors: r.body.errors ?? null });
  }
  step(`home: statements per whatNeedsMe ${JSON.stringify(homeStatements.map((h) => h.statements))}`);
  // The load windows run against processes without BENCH_INSTRUMENT: its AsyncLocalStorage costs
  // a quarter of the API's CPU under this load, and no user runs it. The dashboard's goal is
  // measured as users run the API (NODE_ENV=production); the protections are switched off only
  // outside production, so their cost compares two development processes, on and off. Windows
  // alternate (raw, production, development on, off, home, then again) so that whatever drifts
  // during the run (the database's caches, the machine) weighs on each variant alike; each
  // variant's numbers are the median of its windows, so that one disturbed window does not decide.
  const [apiOn, apiDev, apiOff] = await Promise.all([
    startApi('api-load-production', PORTS.on, PRODUCTION),
    startApi('api-load-development', PORTS.dev, { BENCH_INSTRUMENT: '' }),
    startApi('api-load-off', PORTS.off, { BENCH_INSTRUMENT: '', BENCH_PROTECTIONS: 'off' }),
  ]);
  for (const api of [apiOn, apiDev, apiOff]) resetPeakRss(api);
  const windows = { raw: [], on: [], dev: [], off: [], home: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [variant, port, query, vars] of [
      ['raw', PORTS.raw, DASHBOARD, variables],
      ['on', PORTS.on, DASHBOARD, variables],
      ['dev', PORTS.dev, DASHBOARD, variables],
      ['off', PORTS.off, DASHBOARD, variables],
      ['home', PORTS.on, WHAT_NEEDS_ME, {}],
    ]) {
      const w = load(port, tokens, vars, query);
      windows[variant].push(w);
      step(`load round ${round}, ${variant}: ${w.requestsPerSecond} req/s p99 ${w.latencyMs.p99} ms (non-2xx ${w.non2xx}, errors ${w.errors})`);
    }
  }
  const memory = { production: peakRssMb(apiOn), development: peakRssMb(apiDev), protectionsOff: peakRssMb(apiOff) };
  await Promise.all([stopProcess(raw), stopProcess(apiOn), stopProcess(apiDev), stopProcess(apiOff)]);
  const rawLoad = combine(windows.raw),
    apiLoad = combine(windows.on),
    devLoad = combine(windows.dev),
    offLoad = combine(windows.off);
  results.scenarios.dashboard = {
    sameJson: same.every(Boolean),
    statementsPerRequest: dashboardStatements,
    raw: rawLoad,
    graphql: apiLoad,
    throughputRatio: apiLoad.requestsPerSecond / rawLoad.requestsPerSecond,
    p99Ratio: apiLoad.latencyMs.p99 / rawLoad.latencyMs.p99,
    note: 'graphql: NODE_ENV=production, as users run it',
    peakRssMb: memory,
  };
  const homeLoad = combine(windows.home);
  results.scenarios.home = {
    statements: homeStatements,
    graphql: homeLoad,
    p99RatioToDashboard: homeLoad.latencyMs.p99 / apiLoad.latencyMs.p99,
    note: 'whatNeedsMe, the home page query, on the same API process and viewers as the dashboard windows',
  };
  results.scenarios.protections = {
    on: devLoad,
    off: offLoad,
    ratio: devLoad.requestsPerSecond / offLoad.requestsPerSecond,
    note: 'both NODE_ENV=development (the switch exists only there); off: BENCH_PROTECTIONS=off (depth, alias and cost rules, mutation throttling); authorization guards always stay on',
  };
}

/** 2. Statements per table page. */
async function statementsScenario(seeder) {
  const bigTable = await uuidOf('table', BIG_TABLE);
  const starts = (await seeder.query(`SELECT starts_at FROM meeting WHERE table_id = $1 ORDER BY starts_at`, [bigTable])).rows.map((r) => r.starts_at);
  const chair = await token(BIG_TABLE); // user 1 chairs table 1
  // The first request of a session idle for a minute also records its use (one UPDATE more): not the page's.
  await gql(PORTS.a, chair, '{ me { id } }', {});
  const page = async (n) => {
    const v = { id: bigTable, from: new Date(starts[0].getTime() - 1).toISOString(), to: new Date(starts[n - 1].getTime() + 1).toISOString() };
    const r = await gql(PORTS.a, chair, TABLE_PAGE, v);
    return { meetings: r.body.data?.table?.meetings?.length ?? 0, statements: r.statements, errors: r.body.errors ?? null };
  };
  results.scenarios.statements = { small: await page(10), large: await page(200) };
  step(`statements: ${JSON.stringify(results.scenarios.statements)}`);
}

/**
 * 6. Reports (issue 16): a busy table's report over the last twelve months, and the network's, each
 * request after the previous one's answer, on an API process without BENCH_INSTRUMENT (what users
 * run); the statements of one request are counted on the instrumented one.
 */
async function reportsScenario() {
  const period = lastYear();
  const apiReports = await startApi('api-reports', PORTS.reports, PRODUCTION);
  resetPeakRss(apiReports);
  const measure = async (tok, query, variables, counts) => {
    // Counted on a second request: the first of a session idle for a minute also touches the session (one UPDATE more).
    await gql(PORTS.a, tok, query, variables);
    const { statements } = await gql(PORTS.a, tok, query, variables);
    return { ...(await timeSequential(() => gql(PORTS.reports, tok, query, variables), counts)), statements };
  };
  const tables = [];
  for (const [n, note] of [
    [BIG_TABLE, 'the table of 250 meetings (about 125 in the year), with ~5,000 action items and the referrals of 8 tables below'],
    [0, 'the national table: 300 member organizations, 2,000 people seated'],
  ]) {
    const m = await measure(await token(n), TABLE_REPORT, { id: await uuidOf('table', n), ...period }, { requests: TABLE_REPORT_REQUESTS, warmup: 3 });
    tables.push({
      table: n,
      viewer: `user ${n} (its chair)`,
      note,
      requests: m.requests,
      latencyMs: m.latencyMs,
      statements: m.statements,
      work: tableWork(m.last.tableReport),
    });
    step(`reports: table ${n} ${JSON.stringify(tables.at(-1))}`);
  }
  const m = await measure(await token(COORDINATOR), NETWORK_REPORT, period, { requests: NETWORK_REPORT_REQUESTS, warmup: 1 });
  const report = m.last.networkReport;
  const network = {
    viewer: `user ${COORDINATOR} (coordinator)`,
    requests: m.requests,
    latencyMs: m.latencyMs,
    statements: m.statements,
    work: {
      tables: report.tables.length,
      regions: report.regions.length,
      meetingsHeld: report.tables.reduce((sum, t) => sum + t.meetingsHeld, 0),
      organizationRows: report.tables.reduce((sum, t) => sum + t.organizations.length, 0),
    },
  };
  step(`reports: network ${JSON.stringify(network)}`);
  results.scenarios.reports = {
    period,
    measure: 'sequential requests after a warm-up, NODE_ENV=production; the goals are on p95',
    tables,
    network,
    peakRssMb: { reports: peakRssMb(apiReports) },
  };
  await stopProcess(apiReports);
}

/**
 * 7. The e-mail outbox (issue 13): the chair of the national table schedules meetings until at
 * least EMAILS notifications go out by e-mail (MEETING_SCHEDULED is e-mailed at once by default),
 * sent by one API process to a local SMTP server; then a plain nodemailer loop sends as many raw
 * copies of those e-mails to the same server with the same pool. Both are timed from their first
 * step (the first mutation; the loop's start) to the last e-mail the server accepts.
 */
async function emailScenario(seeder) {
  const sink = await startSink(root);
  const api = await startApi('api-email', PORTS.email, { ...PRODUCTION, EMAIL_SENDING: '1', SMTP_URL: sink.url });
  resetPeakRss(api);
  const chair = await token(0); // user 0 chairs table 0
  const tableId = await uuidOf('table', 0);
  const since = (await seeder.query('SELECT now() AS now')).rows[0].now;
  const outboxCount = async () =>
    (await seeder.query(`SELECT count(*)::int AS n FROM email_outbox WHERE purpose = 'NOTIFICATION' AND created_at >= $1`, [since])).rows[0].n;
  const started = Date.now();
  let meetings = 0;
  let emails = 0;
  while (emails < EMAILS) {
    const startsAt = new Date(Date.now() + (60 + meetings) * 864e5);
    const r = await gql(PORTS.email, chair, 'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }', {
      input: {
        tableId,
        title: `Rencontre fictive du courriel ${meetings}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3600e3).toISOString(),
        timeZone: 'America/Toronto',
      },
    });
    if (r.body.errors) throw new Error(`scheduleMeeting: ${JSON.stringify(r.body.errors)}`);
    meetings++;
    emails = await outboxCount();
  }
  step(`email: ${meetings} meetings scheduled, ${emails} e-mails in the outbox after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const product = await waitForAccepted(sink, emails, 15 * 60_000, (p) => step(`email: ${p.accepted} accepted`));
  const statuses = (
    await seeder.query(
      `SELECT status, count(*)::int AS n FROM email_outbox WHERE purpose = 'NOTIFICATION' AND created_at >= $1 GROUP BY status ORDER BY status`,
      [since],
    )
  ).rows;
  const productSeconds = ((product.lastAt ?? Date.now()) - started) / 1000;
  const memory = peakRssMb(api);
  await stopProcess(api);
  step(`email: outbox ${JSON.stringify(product)} in ${productSeconds} s; rows ${JSON.stringify(statuses)}`);

  const { sample } = await sink.ask('sample');
  await sink.ask('reset');
  const loop = await plainLoop(sink.url, sample, emails);
  const plain = await sink.ask('report');
  const plainSeconds = (plain.lastAt - loop.started) / 1000;
  await sink.stop();
  const rate = (n, sec) => n / sec;
  results.scenarios.email = {
    meetings,
    emails,
    outbox: {
      accepted: product.accepted,
      distinct: product.distinct,
      duplicated: product.duplicated,
      seconds: productSeconds,
      perSecond: rate(product.accepted, productSeconds),
      rows: statuses,
    },
    plain: { accepted: plain.accepted, seconds: plainSeconds, perSecond: rate(plain.accepted, plainSeconds) },
    throughputRatio: rate(product.accepted, productSeconds) / rate(plain.accepted, plainSeconds),
    averageBytes: Math.round(sample.reduce((sum, raw) => sum + raw.length, 0) / Math.max(1, sample.length)),
    peakRssMb: { email: memory },
    note: 'outbox: from the first scheduleMeeting to the last e-mail accepted, NODE_ENV=production; plain: nodemailer, pool of one connection, raw copies of the same e-mails',
  };
  step(`email: ${JSON.stringify(results.scenarios.email)}`);
}

/** Subscribers of the live meeting, users 0..count-1, held by two worker processes, spread over both APIs. */
async function subscribeLive(count) {
  const liveMeeting = await uuidOf('meeting', LIVE_MEETING);
  const urls = [PORTS.a, PORTS.b].map((p) => `ws://127.0.0.1:${p}/graphql`);
  const subTokens = await Promise.all(Array.from({ length: count }, (_, i) => token(i)));
  const workers = [0, 1].map(() => fork(join(root, 'bench/live-worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const half = Math.ceil(count / 2);
  const ask = (w, command, timeoutMs, fallback) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(fallback), timeoutMs);
      w.once('message', (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      w.send(command);
    });
  const ready = await Promise.all(
    workers.map((w, k) => ask(w, { urls, tokens: subTokens.slice(k * half, (k + 1) * half), meetingId: liveMeeting }, 300_000, { errors: count })),
  );
  await sleep(3000); // subscriptions registered after the acks
  return {
    connectErrors: ready.reduce((sum, r) => sum + r.errors, 0),
    /** Sockets the server closed before reading their init (4408), opened again by the client. */
    connectRetries: ready.reduce((sum, r) => sum + (r.retries ?? 0), 0),
    /** Events received so far by every subscriber together. */
    received: async () => (await Promise.all(workers.map((w) => ask(w, 'count', 30_000, { received: NaN })))).reduce((sum, r) => sum + r.received, 0),
    /** Ends the subscriptions; per subscriber, the [kind@at, latency ms] of each event (a lost report counts as nothing received). */
    stop: async () => {
      const reports = await Promise.all(workers.map((w) => ask(w, 'stop', 60_000, { received: [], errors: 1 })));
      return { perSubscriber: reports.flatMap((r) => r.received), errors: reports.reduce((sum, r) => sum + r.errors, 0) };
    },
  };
}

/** Waits until no event has arrived for `quietMs` (at most `maxMs`): a burst's fan-out is over. */
async function settled(subscribers, quietMs = 3000, maxMs = 180_000) {
  const until = Date.now() + maxMs;
  let last = await subscribers.received();
  let quietSince = Date.now();
  while (Date.now() < until && Date.now() - quietSince < quietMs) {
    await sleep(500);
    const now = await subscribers.received();
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    }
  }
  return Date.now() < until;
}

/** The chair changes an agenda item's title once a second for `seconds`, alternating processes. */
async function agendaChanges(seconds, label) {
  const chair0 = await token(0);
  const liveItem = await uuidOf('agenda', 0);
  let sent = 0,
    failed = 0;
  for (let i = 0; i < seconds; i++) {
    const tick = Date.now();
    const r = await gql(i % 2 ? PORTS.b : PORTS.a, chair0, 'mutation($id: ID!, $t: String!) { updateAgendaItem(id: $id, input: { title: $t }) { id } }', {
      id: liveItem,
      t: `Point fictif en direct ${label} ${i}`,
    });
    if (r.body.errors) {
      failed++;
      if (failed === 1) console.error(JSON.stringify(r.body.errors));
    } else sent++;
    await sleep(Math.max(0, 1000 - (Date.now() - tick)));
  }
  return { sent, failed };
}

/** Deliveries of the events whose kind `kinds` holds: every subscriber's share, and the latencies. */
function deliveries(perSubscriber, kinds) {
  const lists = perSubscriber.map((list) => list.filter(([key]) => kinds.has(key.slice(0, key.indexOf('@')))));
  const distinct = new Set(lists.flatMap((list) => list.map(([key]) => key)));
  const latencies = lists.flatMap((list) => list.map(([, ms]) => ms)).sort((x, y) => x - y);
  const complete = lists.filter((list) => new Set(list.map(([key]) => key)).size === distinct.size && distinct.size > 0).length;
  return {
    subscribers: lists.length,
    distinctEvents: distinct.size,
    subscribersWithEveryEvent: complete,
    deliveries: latencies.length,
    expectedDeliveries: distinct.size * lists.length,
    latencyMs: { p50: pct(latencies, 50), p99: pct(latencies, 99), max: latencies.at(-1) ?? NaN },
  };
}

const AGENDA_KINDS = new Set(['AGENDA_CHANGED']);
const VOTE_UPDATES = new Set(['VOTE_UPDATED']);

/**
 * 3. Live fan-out over two processes with Redis: 2,000 subscribers and an agenda change a second;
 * with them still connected, 8. a vote of 300 organizations casting within one second; then the
 * larger audience, 5,000 subscribers.
 */
async function liveScenario(seeder, apiA) {
  const apiB = await startApi('api-b', PORTS.b, { BENCH_INSTRUMENT: 'stats' });
  step(`live: ${LIVE_SUBSCRIBERS} subscribers over two processes`);
  const audience = await subscribeLive(LIVE_SUBSCRIBERS);
  await Promise.all([stats(PORTS.a, 'POST'), stats(PORTS.b, 'POST')]);
  for (const api of [apiA, apiB]) resetPeakRss(api);
  step(`live: subscribed (connect errors ${audience.connectErrors}, retried ${audience.connectRetries}); one agenda change per second for ${LIVE_SECONDS} s`);
  const changes = await agendaChanges(LIVE_SECONDS, 'A');
  await sleep(3000);
  const loop = { a: await stats(PORTS.a), b: await stats(PORTS.b) };
  const memory = { a: peakRssMb(apiA), b: peakRssMb(apiB) };
  const votes = runs('votes') ? await votesPhase(seeder, apiA, apiB, audience) : null;
  const { perSubscriber, errors } = await audience.stop();
  const agenda = deliveries(perSubscriber, AGENDA_KINDS);
  results.scenarios.live = {
    ...agenda,
    mutationsSent: changes.sent,
    mutationsFailed: changes.failed,
    eventLoopDelayMs: { a: loop.a.eventLoopDelayMs, b: loop.b.eventLoopDelayMs },
    sqlStatementsDuringWindow: loop.a.statements + loop.b.statements,
    workerErrors: errors,
    peakRssMb: memory,
  };
  step(`live: ${JSON.stringify(results.scenarios.live)}`);
  if (votes) {
    results.scenarios.votes = { ...votes, updates: deliveries(perSubscriber, VOTE_UPDATES) };
    step(`votes: ${JSON.stringify(results.scenarios.votes)}`);
  }
  if (runs('liveLarge')) await largeAudience(seeder, apiA, apiB);
  await Promise.all([stopProcess(apiA), stopProcess(apiB)]);
}

/**
 * 8. Votes (issue 15): the first 300 users (user o sits for organization o) are made PRESENT
 * members at the live meeting; the chair opens a vote; 30 ballots one after the other give
 * castBallot's unloaded latency; then every organization casts within one second, half on each
 * process, while the 2,000 subscribers receive VOTE_UPDATED.
 */
async function votesPhase(seeder, apiA, apiB, audience) {
  const { voteId, orgIds } = await openBenchVote(seeder, VOTERS, async (query, variables) => (await gql(PORTS.a, await token(0), query, variables)).body);
  const voterTokens = await Promise.all(Array.from({ length: VOTERS }, (_, o) => token(o)));
  const cast = async (o, choice) => {
    const began = performance.now();
    const r = await gql(o % 2 ? PORTS.b : PORTS.a, voterTokens[o], CAST_BALLOT, { v: voteId, o: orgIds[o], c: choice });
    return { ms: performance.now() - began, error: r.body.errors ? (r.body.errors[0]?.extensions?.code ?? r.body.errors[0]?.message) : null };
  };
  const unloaded = [];
  for (let o = 0; o < UNLOADED_BALLOTS; o++) unloaded.push(await cast(o, 'ABSTAIN'));
  await settled(audience);
  for (const api of [apiA, apiB]) resetPeakRss(api);
  await Promise.all([stats(PORTS.a, 'POST'), stats(PORTS.b, 'POST')]);
  step(`votes: ${VOTERS} organizations cast within one second`);
  const burstStart = (await seeder.query('SELECT now() AS now')).rows[0].now;
  const gap = 1000 / VOTERS;
  const began = Date.now();
  const burst = await Promise.all(
    Array.from({ length: VOTERS }, async (_, o) => {
      await sleep(Math.max(0, began + o * gap - Date.now()));
      return cast(o, o % 3 === 0 ? 'NO' : 'YES');
    }),
  );
  const castSeconds = (Date.now() - began) / 1000;
  const quiet = await settled(audience);
  const loop = { a: await stats(PORTS.a), b: await stats(PORTS.b) };
  const stored = (
    await seeder.query(
      `SELECT count(*)::int AS ballots, count(DISTINCT organization_id)::int AS organizations, count(*) FILTER (WHERE cast_at >= $2)::int AS "castInBurst"
         FROM ballot WHERE vote_id = $1`,
      [voteId, burstStart],
    )
  ).rows[0];
  const ms = (list) => list.map((c) => c.ms).sort((x, y) => x - y);
  const unloadedMs = ms(unloaded),
    burstMs = ms(burst);
  return {
    voters: VOTERS,
    castSeconds,
    unloaded: { requests: unloaded.length, errors: unloaded.filter((c) => c.error).length, latencyMs: { p50: pct(unloadedMs, 50), p99: pct(unloadedMs, 99) } },
    burst: {
      requests: burst.length,
      errors: burst.filter((c) => c.error).length,
      errorCodes: [...new Set(burst.map((c) => c.error).filter(Boolean))],
      latencyMs: { p50: pct(burstMs, 50), p99: pct(burstMs, 99), max: burstMs.at(-1) },
    },
    stored,
    fanOutSettled: quiet,
    eventLoopDelayMs: { a: loop.a.eventLoopDelayMs, b: loop.b.eventLoopDelayMs },
    peakRssMb: { a: peakRssMb(apiA), b: peakRssMb(apiB) },
  };
}

/** 3, the larger step: users 2,000–4,999 take a seat at the national table too; 5,000 subscribers, an agenda change a second. */
async function largeAudience(seeder, apiA, apiB) {
  const tableId = await uuidOf('table', 0);
  await seeder.query(
    `INSERT INTO table_participant (table_id, user_id, organization_id, role)
     SELECT $1, u.id, u.organization_id, 'MEMBER' FROM app_user u
      WHERE u.id = ANY($2::uuid[])
     ON CONFLICT (table_id, user_id) DO NOTHING`,
    [tableId, await Promise.all(Array.from({ length: LARGE_AUDIENCE - LIVE_SUBSCRIBERS }, (_, i) => uuidOf('user', LIVE_SUBSCRIBERS + i)))],
  );
  step(`live: ${LARGE_AUDIENCE} subscribers over two processes`);
  const audience = await subscribeLive(LARGE_AUDIENCE);
  await Promise.all([stats(PORTS.a, 'POST'), stats(PORTS.b, 'POST')]);
  for (const api of [apiA, apiB]) resetPeakRss(api);
  step(
    `live: subscribed (connect errors ${audience.connectErrors}, retried ${audience.connectRetries}); one agenda change per second for ${LARGE_AUDIENCE_SECONDS} s`,
  );
  const changes = await agendaChanges(LARGE_AUDIENCE_SECONDS, 'B');
  await settled(audience);
  const loop = { a: await stats(PORTS.a), b: await stats(PORTS.b) };
  const memory = { a: peakRssMb(apiA), b: peakRssMb(apiB) };
  const { perSubscriber, errors } = await audience.stop();
  results.scenarios.liveLarge = {
    ...deliveries(perSubscriber, AGENDA_KINDS),
    connectErrors: audience.connectErrors,
    connectRetries: audience.connectRetries,
    mutationsSent: changes.sent,
    mutationsFailed: changes.failed,
    eventLoopDelayMs: { a: loop.a.eventLoopDelayMs, b: loop.b.eventLoopDelayMs },
    workerErrors: errors,
    peakRssMb: memory,
  };
  step(`live, ${LARGE_AUDIENCE}: ${JSON.stringify(results.scenarios.liveLarge)}`);
}

/** 5. Web: the first route's JS, and npm start to healthy. */
async function webScenario() {
  const webDir = join(root, 'dist/apps/web');
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]);
  const files = [...new Set(scripts)].map((s) => ({ file: s, gzipBytes: gzipSync(readFileSync(join(webDir, s.replace(/^\//, '')))).length }));
  const startDir = join(work, 'start-data');
  const timeStart = async (label) => {
    const began = Date.now();
    const child = startProcess(`npm-start-${label}`, 'npm', ['start'], {
      cwd: root,
      env: { PORT: String(PORTS.start), DATA_DIR: startDir, DATABASE_URL: '', REDIS_URL: '', BENCH_INSTRUMENT: '' },
      logDir,
    });
    await waitHealthy(`http://127.0.0.1:${PORTS.start}/health`, 120000, 20);
    const seconds = (Date.now() - began) / 1000;
    await stopProcess(child);
    return seconds;
  };
  const firstStart = await timeStart('first');
  const restart = await timeStart('again');
  results.scenarios.web = {
    firstRouteJs: files,
    firstRouteGzipKb: files.reduce((s, f) => s + f.gzipBytes, 0) / 1024,
    startSeconds: { freshDataDir: firstStart, existingDataDir: restart },
  };
  step(`web: ${JSON.stringify(results.scenarios.web)}`);
}

function table() {
  const s = results.scenarios;
  const rows = [];
  const row = (scenario, goal, measured, pass) => rows.push({ scenario, goal, measured, result: pass === null ? 'n/a' : pass ? 'pass' : 'MISS' });
  const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
  if (s.dashboard) {
    row(
      '1. Dashboard throughput',
      'GraphQL (production) ≥ 0.6× raw req/s',
      `${f(s.dashboard.throughputRatio)}× (${f(s.dashboard.graphql.requestsPerSecond, 1)} vs ${f(s.dashboard.raw.requestsPerSecond, 1)} req/s)`,
      s.dashboard.throughputRatio >= 0.6,
    );
    row(
      '1. Dashboard p99',
      'GraphQL p99 ≤ 2.5× raw',
      `${f(s.dashboard.p99Ratio)}× (${s.dashboard.graphql.latencyMs.p99} vs ${s.dashboard.raw.latencyMs.p99} ms)`,
      s.dashboard.p99Ratio <= 2.5,
    );
    row('1. Same JSON as raw', 'identical', String(s.dashboard.sameJson), s.dashboard.sameJson);
  }
  if (s.home) {
    const counts = s.home.statements.map((h) => h.statements);
    row(
      '1. Home page SQL',
      'whatNeedsMe ≤ 10 statements, for a chair and members alike',
      `${counts.join(' / ')} statements`,
      counts.every((n) => n > 0 && n <= 10) && s.home.statements.every((h) => !h.errors),
    );
    row(
      '1. Home page p99',
      'whatNeedsMe p99 ≤ 2× dashboard p99',
      `${f(s.home.p99RatioToDashboard)}× (${s.home.graphql.latencyMs.p99} vs ${s.dashboard?.graphql.latencyMs.p99} ms, ${f(s.home.graphql.requestsPerSecond, 1)} req/s)`,
      s.home.p99RatioToDashboard <= 2,
    );
  }
  if (s.statements) {
    const { small, large } = s.statements;
    row(
      '2. SQL per table page',
      'equal for 10 and 200 meetings, ≤ 6',
      `${small.statements} (${small.meetings} meetings) / ${large.statements} (${large.meetings} meetings)`,
      small.statements === large.statements && large.statements <= 6 && small.meetings === 10 && large.meetings === 200,
    );
  }
  if (s.live) {
    const l = s.live;
    row(
      '3. Live delivery',
      'every event to every subscriber',
      `${l.subscribersWithEveryEvent}/${l.subscribers} subscribers got all ${l.distinctEvents} events (${l.deliveries}/${l.expectedDeliveries})`,
      l.subscribersWithEveryEvent === l.subscribers && l.distinctEvents >= l.mutationsSent && l.mutationsSent > 0,
    );
    row('3. Live latency', 'p99 publish→receive ≤ 200 ms', `${l.latencyMs.p99} ms (p50 ${l.latencyMs.p50})`, l.latencyMs.p99 <= 200);
    const worst = Math.max(l.eventLoopDelayMs.a.p99, l.eventLoopDelayMs.b.p99);
    row('3. Event-loop delay', 'p99 ≤ 50 ms in each process', `A ${l.eventLoopDelayMs.a.p99} ms, B ${l.eventLoopDelayMs.b.p99} ms`, worst <= 50);
  }
  if (s.liveLarge) {
    const l = s.liveLarge;
    row(
      '3. Live delivery, 5,000',
      'every event to every subscriber',
      `${l.subscribersWithEveryEvent}/${l.subscribers} subscribers got all ${l.distinctEvents} events (${l.deliveries}/${l.expectedDeliveries}; connect errors ${l.connectErrors}, retried ${l.connectRetries ?? 0})`,
      l.subscribers === LARGE_AUDIENCE && l.subscribersWithEveryEvent === l.subscribers && l.distinctEvents >= l.mutationsSent && l.mutationsSent > 0,
    );
    row('3. Live latency, 5,000', 'p99 publish→receive ≤ 500 ms', `${l.latencyMs.p99} ms (p50 ${l.latencyMs.p50})`, l.latencyMs.p99 <= 500);
  }
  if (s.protections)
    row(
      '4. Protections cost',
      'on ≥ 0.85× off',
      `${f(s.protections.ratio)}× (${f(s.protections.on.requestsPerSecond, 1)} vs ${f(s.protections.off.requestsPerSecond, 1)} req/s)`,
      s.protections.ratio >= 0.85,
    );
  if (s.web) {
    row('5. First route JS (gzip)', '≤ 250 KB', `${f(s.web.firstRouteGzipKb, 1)} KB in ${s.web.firstRouteJs.length} files`, s.web.firstRouteGzipKb <= 250);
    const { freshDataDir, existingDataDir } = s.web.startSeconds;
    row(
      '5. npm start → /health (fresh DATA_DIR)',
      '≤ 5 s and ≤ 1.3× an existing DATA_DIR',
      `${f(freshDataDir)} s (${f(freshDataDir / existingDataDir)}×)`,
      freshDataDir <= 5 && freshDataDir / existingDataDir <= 1.3,
    );
    row('5. npm start → /health (existing DATA_DIR)', '≤ 5 s', `${f(existingDataDir)} s`, existingDataDir <= 5);
  }
  if (s.reports) {
    for (const t of s.reports.tables)
      row(
        `6. tableReport, table ${t.table}, a year`,
        `p95 ≤ 300 ms (${t.requests} requests in sequence)`,
        `p95 ${f(t.latencyMs.p95, 0)} ms (p50 ${f(t.latencyMs.p50, 0)}, max ${f(t.latencyMs.max, 0)}; ${t.statements} statements; ${t.work.meetingsHeld} meetings held, ${t.work.organizations} organizations)`,
        t.latencyMs.p95 <= 300,
      );
    const n = s.reports.network;
    row(
      '6. networkReport, a year',
      `p95 ≤ 2 s (${n.requests} requests in sequence)`,
      `p95 ${f(n.latencyMs.p95 / 1000)} s (p50 ${f(n.latencyMs.p50 / 1000)}, max ${f(n.latencyMs.max / 1000)}; ${n.statements} statements; ${n.work.tables} tables, ${n.work.regions} regions)`,
      n.latencyMs.p95 <= 2000,
    );
  }
  if (s.email) {
    const e = s.email;
    row(
      '7. E-mail outbox delivery',
      `every e-mail of ${e.emails} accepted exactly once`,
      `${e.outbox.accepted} accepted, ${e.outbox.distinct} distinct, ${e.outbox.duplicated} twice; outbox rows ${e.outbox.rows.map((r) => `${r.status} ${r.n}`).join(', ')}`,
      e.outbox.accepted === e.emails && e.outbox.distinct === e.emails && e.outbox.duplicated === 0,
    );
    row(
      '7. E-mail outbox throughput',
      '≥ 0.5× a plain nodemailer loop',
      `${f(e.throughputRatio)}× (${f(e.outbox.perSecond, 0)} vs ${f(e.plain.perSecond, 0)} e-mails/s)`,
      e.throughputRatio >= 0.5,
    );
  }
  if (s.votes) {
    const v = s.votes;
    row(
      '8. Votes: no ballot lost',
      `${v.voters} organizations within 1 s: every ballot stored once`,
      `${v.burst.requests - v.burst.errors}/${v.burst.requests} accepted in ${f(v.castSeconds)} s${v.burst.errorCodes.length ? ` (${v.burst.errorCodes.join(', ')})` : ''}; stored ${v.stored.ballots} ballots of ${v.stored.organizations} organizations, ${v.stored.castInBurst} from the burst`,
      v.burst.errors === 0 && v.stored.ballots === v.voters && v.stored.organizations === v.voters && v.stored.castInBurst === v.voters,
    );
    row(
      '8. Votes: castBallot p99',
      '≤ 3× its unloaded latency',
      `${f(v.burst.latencyMs.p99 / v.unloaded.latencyMs.p50)}× (${f(v.burst.latencyMs.p99, 0)} vs ${f(v.unloaded.latencyMs.p50, 0)} ms)`,
      v.burst.latencyMs.p99 <= 3 * v.unloaded.latencyMs.p50,
    );
    const u = v.updates;
    row(
      '8. Votes: VOTE_UPDATED to 2,000',
      'every update to every subscriber, p99 ≤ 300 ms',
      `${u.subscribersWithEveryEvent}/${u.subscribers} got all ${u.distinctEvents} updates; p99 ${u.latencyMs.p99} ms (p50 ${u.latencyMs.p50})${v.fanOutSettled ? '' : '; still delivering after 3 min'}`,
      u.subscribersWithEveryEvent === u.subscribers && u.subscribers > 0 && u.latencyMs.p99 <= 300,
    );
  }
  const peaks = Object.entries(s).flatMap(([scenario, data]) => Object.entries(data?.peakRssMb ?? {}).map(([process, mb]) => ({ scenario, process, mb })));
  if (peaks.length)
    row(
      '9. Memory',
      '≤ 512 MB peak RSS per API process',
      peaks.map((p) => `${p.scenario} ${p.process} ${p.mb ?? '?'} MB`).join(', '),
      peaks.every((p) => p.mb !== null && p.mb <= 512),
    );
  return rows;
}

const markdownTable = (rows) => [
  '| scenario | goal | measured | result |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.scenario} | ${r.goal} | ${r.measured} | ${r.result} |`),
];

/**
 * With BENCH_ONLY the files keep the last full run's other scenarios: the scenarios measured now
 * replace theirs, and `scenarioRuns` says when each one was measured.
 */
function mergeWithPrevious() {
  const file = join(root, 'bench/results.json');
  const now = Object.fromEntries(Object.keys(results.scenarios).map((k) => [k, results.startedAt]));
  if (!only || !existsSync(file)) return { ...results, scenarioRuns: now };
  const previous = JSON.parse(readFileSync(file, 'utf8'));
  const before = previous.scenarioRuns ?? Object.fromEntries(Object.keys(previous.scenarios ?? {}).map((k) => [k, previous.startedAt]));
  // A run without the database scenarios seeds nothing: the seed is the earlier run's.
  return {
    ...results,
    seed: results.seed ?? previous.seed,
    scenarios: { ...previous.scenarios, ...results.scenarios },
    scenarioRuns: { ...before, ...now },
    only,
  };
}

function write(error) {
  results.finishedAt = new Date().toISOString();
  results.totalSeconds = (Date.now() - t0) / 1000;
  if (error) results.error = String(error?.stack ?? error);
  const lines = markdownTable(table());
  const written = mergeWithPrevious();
  Object.assign(results, written);
  results.table = table();
  const runsOf = Object.entries(
    Object.entries(results.scenarioRuns).reduce((byRun, [scenario, at]) => ({ ...byRun, [at]: [...(byRun[at] ?? []), scenario] }), {}),
  );
  const notesFile = join(root, 'bench/findings.md');
  const md = [
    `# Bench results`,
    '',
    `Run ${results.startedAt}${only ? ` (BENCH_ONLY=${only.join(',')})` : ''} on ${results.machine.cpus} cores, Node ${results.machine.node}, in ${results.totalSeconds.toFixed(0)} s` +
      (quick ? ' (BENCH_QUICK: short windows, not a real run)' : '') +
      '.',
    `Seeded ${JSON.stringify(results.seed?.counts ?? {})} in ${results.seed?.seconds ?? '?'} s.`,
    runsOf.length > 1 ? `Measured in several runs (BENCH_ONLY): ${runsOf.map(([at, names]) => `${names.join(', ')} at ${at}`).join('; ')}.` : '',
    '',
    ...markdownTable(results.table),
    '',
    error ? `**The run failed:** ${String(error)}\n` : '',
    existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '',
  ].join('\n');
  if ((!quick && !only) || process.env.BENCH_WRITE === '1') {
    writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(join(root, 'bench/results.md'), md);
  }
  console.log('\n' + lines.join('\n') + '\n');
  console.log(`logs: ${logDir}`);
}

let failure = null;
// Ctrl-C or a kill still stops the children and drops the database (through the finally below).
let interrupt;
const interrupted = new Promise((_, reject) => (interrupt = reject));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => interrupt(new Error(`interrupted by ${signal}`)));
try {
  await Promise.race([main(), interrupted]);
} catch (err) {
  failure = err;
  console.error(err);
} finally {
  await stopAll();
  if (adminConnected) {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
  write(failure);
  for (const dir of readdirSync(work)) if (dir !== 'logs') rmSync(join(work, dir), { recursive: true, force: true });
  process.exit(failure ? 1 : 0);
}
