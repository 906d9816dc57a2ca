import { type FaultEnvironment, startEnvironment, tableWithPeople } from './support/environment';
import { LiveSubscriber } from './support/live-client';
import { report, seconds, sleep, waitFor } from './support/timing';

const CREATE = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id title } }`;
const LIST = `query ($t: ID!) { table(id: $t) { actionItems(first: 100) { totalCount edges { node { id title } } } } }`;
const CHANGES = `subscription ($t: ID) { actionItemChanged(tableId: $t) { id title } }`;
const REDIS_DOWN_MS = 15_000;
/** The bound issue 6 sets: live events resume within 10 s of Redis's return. */
const RESUME_BOUND_MS = 10_000;
const SUBSCRIBERS_PER_PROCESS = 5;

describe('Redis killed for 15 s under two API processes', () => {
  let env: FaultEnvironment;
  let cast: Awaited<ReturnType<typeof tableWithPeople>>;
  const subscribers: LiveSubscriber[] = [];

  beforeAll(async () => {
    env = await startEnvironment(2);
    cast = await tableWithPeople(env.db, SUBSCRIBERS_PER_PROCESS * 2);
    cast.members.forEach((m, i) => subscribers.push(new LiveSubscriber([env.apis[i % 2].wsUrl], m.token, CHANGES, { t: cast.tableId })));
    await waitFor(() => subscribers.every((s) => s.connections.length > 0), 'every subscriber connected', 15_000);
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.dispose()));
    await env?.close();
  });

  /** Creates an item through one process until every subscriber (on both) has heard of one; bounded. */
  async function probeUntilHeard(label: string, since: number, maxMs: number): Promise<{ heardAt: number[]; probes: number }> {
    const heard = new Set<string>();
    let probes = 0;
    const started = Date.now();
    while (Date.now() - started < maxMs && subscribers.some((s) => !s.firstEventAfter(since, (d) => heard.has(d?.actionItemChanged?.title)))) {
      const title = `${label} ${++probes}`;
      const r = await env.apis[probes % 2].gql(CREATE, { input: { tableId: cast.tableId, title } }, cast.secretary.token);
      if (!r.errors) heard.add(title);
      await sleep(500);
    }
    await sleep(300);
    return { heardAt: subscribers.map((s) => s.firstEventAfter(since, (d) => heard.has(d?.actionItemChanged?.title)) ?? Infinity), probes };
  }

  it('delivers live events across processes before the fault', async () => {
    const since = Date.now();
    const { heardAt } = await probeUntilHeard('Sonde fictive avant', since, 10_000);
    expect(heardAt.every((t) => t < Infinity)).toBe(true);
  });

  it('keeps queries and mutations working while Redis is gone; events resume within 10 s of its return; a refetch catches up', async () => {
    await env.redis.kill();
    const killedAt = Date.now();
    const outcomes: Array<{ kind: 'mutation' | 'query'; ok: boolean; ms: number }> = [];
    const createdWhileDown: Array<{ id: string; title: string }> = [];
    // Bounded: one mutation and one query per round, alternating processes, for 15 s.
    for (let round = 0; Date.now() - killedAt < REDIS_DOWN_MS && round < 100; round++) {
      const api = env.apis[round % 2];
      let t = Date.now();
      const created = await api.gql(CREATE, { input: { tableId: cast.tableId, title: `Suivi fictif pendant la panne ${round}` } }, cast.secretary.token, 5000);
      outcomes.push({ kind: 'mutation', ok: !created.errors && !!created.data?.createActionItem?.id, ms: Date.now() - t });
      if (!created.errors) createdWhileDown.push(created.data.createActionItem);
      t = Date.now();
      const listed = await api.gql(LIST, { t: cast.tableId }, cast.members[0].token, 5000);
      outcomes.push({ kind: 'query', ok: !listed.errors && typeof listed.data?.table?.actionItems?.totalCount === 'number', ms: Date.now() - t });
      await sleep(400);
    }
    const downFor = Date.now() - killedAt;
    await env.redis.start();
    const backAt = Date.now();
    const { heardAt, probes } = await probeUntilHeard('Sonde fictive après', backAt, 20_000);
    const resumeDelays = heardAt.map((t) => t - backAt);

    // Catching up: a refetch through either process lists everything created during the outage.
    const refetched = await Promise.all(env.apis.map((api) => api.gql(LIST, { t: cast.tableId }, cast.members[1].token)));
    const missingAfterRefetch = refetched.map((r) => {
      const ids = new Set((r.data?.table?.actionItems?.edges ?? []).map((e: any) => e.node.id));
      return createdWhileDown.filter((c) => !ids.has(c.id)).length;
    });
    const failed = outcomes.filter((o) => !o.ok);
    report('Redis SIGKILL', {
      redisDownFor: seconds(downFor),
      requestsWhileDown: `${outcomes.length} (${outcomes.filter((o) => o.kind === 'mutation').length} mutations, ${outcomes.filter((o) => o.kind === 'query').length} queries)`,
      failedWhileDown: failed.length,
      slowestWhileDown: `${Math.max(...outcomes.map((o) => o.ms))} ms`,
      subscribers: subscribers.length,
      eventsResumedAfter: `max ${seconds(Math.max(...resumeDelays))}, min ${seconds(Math.min(...resumeDelays))} (${probes} probe mutations)`,
      reconnectsDuringFault: subscribers.reduce((n, s) => n + s.connections.length - 1, 0),
      missingAfterRefetch,
    });
    expect(downFor).toBeGreaterThanOrEqual(REDIS_DOWN_MS);
    expect(failed).toEqual([]);
    expect(createdWhileDown.length).toBeGreaterThan(10);
    for (const delay of resumeDelays) expect(delay).toBeLessThanOrEqual(RESUME_BOUND_MS);
    expect(missingAfterRefetch).toEqual([0, 0]);
    for (const api of env.apis) expect(api.alive()).toBe(true);
  });
});
