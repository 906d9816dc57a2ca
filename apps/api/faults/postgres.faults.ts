import { type FaultEnvironment, startEnvironment, tableWithPeople } from './support/environment';
import { WriteLoad, Watch } from './support/probes';
import { report, seconds, sleep, waitFor } from './support/timing';

/** The bound issue 6 sets: the first success within 5 s of PostgreSQL accepting connections. */
const RECOVERY_BOUND_MS = 5000;
const DOWN_FOR_MS = 5000;

describe('PostgreSQL restarted and crashed under a steady write load, two API processes', () => {
  let env: FaultEnvironment;
  let load: WriteLoad;
  let watch: Watch;
  let tableId: string;

  beforeAll(async () => {
    env = await startEnvironment(2);
    const cast = await tableWithPeople(env.db);
    tableId = cast.tableId;
    load = new WriteLoad(env.apis, cast.secretary.token, tableId);
    watch = new Watch(env.apis, env.databaseUrl);
    watch.start();
    load.start();
    await waitFor(() => env.apis.every((api) => load.acked.some((a) => a.api === api.name)), 'writes acknowledged by both processes', 15_000);
  });
  afterAll(async () => {
    await load?.stop();
    await watch?.stop();
    await env?.close();
  });

  /** Waits for each process's first acknowledged write after `accepting`, and returns the delays. */
  async function recoveryDelays(accepting: number): Promise<Record<string, number>> {
    await waitFor(() => env.apis.every((api) => load.firstAckAfter(api.name, accepting)), 'a write acknowledged by each process', 20_000, 50).catch(
      () => undefined,
    );
    return Object.fromEntries(env.apis.map((api) => [api.name, (load.firstAckAfter(api.name, accepting)?.at ?? Infinity) - accepting]));
  }

  it('restart -m fast: no process exits, both answer writes within 5 s of PostgreSQL accepting again, /health 200 after', async () => {
    const t0 = Date.now();
    await env.pg.restartFast();
    const returned = Date.now();
    // pg_ctlcluster returns once the server is up; the watcher may have seen the exact moment first.
    const accepting = Math.min(watch.acceptingAgainAt(t0) ?? returned, returned);
    const delays = await recoveryDelays(accepting);
    await sleep(300);
    const after = Date.now();
    await sleep(500);
    report('PostgreSQL restart -m fast', {
      restartTook: seconds(returned - t0),
      firstAckAfterAccepting: Object.fromEntries(Object.entries(delays).map(([k, v]) => [k, seconds(v)])),
      failedWritesSoFar: load.failed.length,
      ackedSoFar: load.acked.length,
    });
    for (const delay of Object.values(delays)) expect(delay).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
    for (const api of env.apis) {
      expect(api.alive()).toBe(true);
      const healthAfter = watch.healthBetween(api.name, after, Date.now());
      expect(healthAfter.length).toBeGreaterThan(0);
      expect(healthAfter.every((s) => s === 200)).toBe(true);
    }
  });

  it('stop -m immediate: /health says 503 while it is down, 200 after; both answer writes within 5 s of its return', async () => {
    const t0 = Date.now();
    await env.pg.stopImmediate();
    const stopped = Date.now();
    await sleep(DOWN_FOR_MS);
    const downUntil = Date.now();
    await env.pg.start();
    const accepting = watch.acceptingAgainAt(t0) ?? Date.now();
    const delays = await recoveryDelays(accepting);
    await sleep(300);
    const after = Date.now();
    await sleep(500);

    // Samples taken entirely inside the outage (a request that started before the stop may still say 200).
    const whileDown = Object.fromEntries(env.apis.map((api) => [api.name, watch.healthBetween(api.name, stopped + 500, downUntil)]));
    const failedWhileDown = load.failed.filter((f) => f.at >= stopped && f.at <= downUntil).length;
    report('PostgreSQL stop -m immediate', {
      downFor: seconds(downUntil - stopped),
      healthSamplesWhileDown: Object.fromEntries(Object.entries(whileDown).map(([k, v]) => [k, `${v.length} samples, statuses ${[...new Set(v)].join('/')}`])),
      writesRefusedWhileDown: failedWhileDown,
      firstAckAfterAccepting: Object.fromEntries(Object.entries(delays).map(([k, v]) => [k, seconds(v)])),
    });
    for (const api of env.apis) {
      expect(api.alive()).toBe(true);
      expect(whileDown[api.name].length).toBeGreaterThan(5);
      expect(whileDown[api.name].every((s) => s === 503)).toBe(true);
      const healthAfter = watch.healthBetween(api.name, after, Date.now());
      expect(healthAfter.length).toBeGreaterThan(0);
      expect(healthAfter.every((s) => s === 200)).toBe(true);
    }
    expect(failedWhileDown).toBeGreaterThan(0);
    for (const delay of Object.values(delays)) expect(delay).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
  });

  it('keeps every acknowledged write, once each (reconciled from the log of acknowledged ids)', async () => {
    await load.stop();
    const rows: Array<{ id: string; title: string }> = (await env.db.query(`SELECT id, title FROM action_item WHERE table_id = $1`, [tableId])).rows;
    const byId = new Map(rows.map((r) => [r.id, r.title]));
    const missing = load.acked.filter((a) => byId.get(a.id) !== a.title);
    const titles = rows.map((r) => r.title);
    const duplicated = titles.filter((t, i) => titles.indexOf(t) !== i);
    report('reconciliation', {
      acknowledged: load.acked.length,
      refused: load.failed.length,
      refusedBy: load.failureCounts(),
      rowsInDatabase: rows.length,
      missingAcknowledged: missing.length,
      duplicatedTitles: duplicated.length,
      unacknowledgedButStored: rows.length - load.acked.length,
      healthProbes: `${watch.health.length}, statuses ${[...new Set(watch.health.map((h) => h.status))].join('/')}`,
    });
    // Throughout both faults each process answered every health probe, with 200 or 503: never silence, never a crash.
    const healthStatuses = [...new Set(watch.health.map((h) => h.status))].sort();
    expect(healthStatuses).toEqual([200, 503]);
    expect(load.acked.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
    expect(duplicated).toEqual([]);
    for (const api of env.apis) expect(api.alive()).toBe(true);
  });
});
