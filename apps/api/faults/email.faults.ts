import type { ApiProcess } from './support/api-process';
import { type FaultEnvironment, type FaultUser, startEnvironment, tableWithPeople } from './support/environment';
import { SmtpSink } from './support/smtp-sink';
import { report, seconds, sleep } from './support/timing';

const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
/** OutboxSender's poll and lease (outbox-sender.ts): what bounds the waits below. */
const POLL_MS = 5000;
const LEASE_MS = 60_000;
/** After the last expected e-mail, this long with nothing more: no retry or late lease is left to double one. */
const QUIET_MS = 3 * POLL_MS;
const DOWN_MS = 30_000;
/** The chair schedules; the secretary and the members (everyone else at the table) get one e-mail per meeting. */
const MEETINGS = 4;
const BURST_MEMBERS = 124;
const KILL_MEMBERS = 49;
/** The message whose DATA gets its sender killed. */
const KILL_AT = 20;

interface OutboxRow {
  id: string;
  status: string;
  email: string;
  attempts: number;
  lastError: string | null;
  leaseUntil: Date | null;
}

/** The process killed mid-send, the message it was sending, and that message's outbox row just after. */
interface Victim {
  api: ApiProcess;
  messageId: string;
  at: number;
  row: { status: string; leaseUntil: Date | null };
}

/** `<outbox-row-id@host-of-PUBLIC_URL>`: every process's PUBLIC_URL is on 127.0.0.1. */
const messageIdOf = (rowId: string) => `<${rowId}@127.0.0.1>`;
const rowIdOf = (messageId: string) => /^<([^@>]+)@/.exec(messageId)?.[1] ?? '';

describe('e-mail delivery through faults: the SMTP server down, a sending process killed', () => {
  let env: FaultEnvironment;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    // Each process logs in to SMTP as itself (A, B): the sink knows whose connection a message came on.
    env = await startEnvironment(2, (name) => ({
      SMTP_URL: sink.urlFor(name),
      MAIL_FROM: 'Concertation fictive <ne-pas-repondre@exemple.test>',
      MAIL_RETRY_SECONDS: '1',
      EMAIL_SENDING: '1',
    }));
  });
  afterAll(async () => {
    await env?.close();
    await sink?.stop();
  });
  beforeEach(() => {
    sink.clear();
    sink.beforeAnswer = null;
  });

  /** `count` meetings scheduled at once by the chair, half through each process: one outbox row per meeting and recipient. */
  async function scheduleMeetings(chair: FaultUser, tableId: string, count: number): Promise<void> {
    const startsAt = Date.now() + 7 * 24 * 3600_000;
    const results = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        env.apis[i % 2].gql(
          SCHEDULE,
          {
            input: {
              tableId,
              title: `Rencontre fictive ${i + 1}`,
              startsAt: new Date(startsAt + i * 3600_000).toISOString(),
              endsAt: new Date(startsAt + i * 3600_000 + 1800_000).toISOString(),
            },
          },
          chair.token,
          30_000,
        ),
      ),
    );
    expect(results.map((r) => r.errors ?? r.data.scheduleMeeting.length)).toEqual(Array(count).fill(1));
  }

  async function outboxOf(tableId: string): Promise<OutboxRow[]> {
    const { rows } = await env.db.query(
      `SELECT o.id, o.status, u.email, o.attempts, o.last_error, o.lease_until
         FROM email_outbox o JOIN notification n ON n.id = o.notification_id JOIN app_user u ON u.id = o.recipient_id
        WHERE n.table_id = $1`,
      [tableId],
    );
    return rows.map((r) => ({ id: r.id, status: r.status, email: r.email, attempts: r.attempts, lastError: r.last_error, leaseUntil: r.lease_until }));
  }

  /** The whole outbox by status: nothing from this file or an earlier test may be left waiting or failed. */
  async function statuses(): Promise<Record<string, number>> {
    const { rows } = await env.db.query(`SELECT status, count(*)::int AS n FROM email_outbox GROUP BY status`);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }

  /** Received e-mails whose envelope is not exactly their outbox row's recipient. */
  function misaddressed(rows: OutboxRow[]): string[] {
    const recipientOf = new Map(rows.map((r) => [messageIdOf(r.id), r.email.toLowerCase()]));
    return sink.received.filter((e) => e.recipients.join(',') !== recipientOf.get(e.messageId)).map((e) => e.messageId);
  }

  it(`SMTP down for 30 s under a burst of ${MEETINGS * (BURST_MEMBERS + 1)} notifications: every e-mail delivered exactly once after it returns`, async () => {
    const expected = MEETINGS * (BURST_MEMBERS + 1);
    const cast = await tableWithPeople(env.db, BURST_MEMBERS);
    await sink.stop();
    const downAt = Date.now();
    await scheduleMeetings(cast.chair, cast.tableId, MEETINGS);
    const written = await outboxOf(cast.tableId);
    expect(written).toHaveLength(expected);

    // The outage itself: a fixed length is what is under test.
    await sleep(DOWN_MS - (Date.now() - downAt));
    const duringOutage = await outboxOf(cast.tableId);
    await sink.start();
    const upAt = Date.now();
    await sink.waitForDistinct(expected, 90_000);
    const allInAt = Date.now();
    const extra = await sink.nextWithin(QUIET_MS);
    const after = await outboxOf(cast.tableId);

    report('SMTP down for 30 s', {
      outboxRows: written.length,
      triedDuringOutage: duringOutage.filter((r) => r.lastError !== null).length,
      mostAttemptsDuringOutage: Math.max(...duringOutage.map((r) => r.attempts)),
      sentDuringOutage: duringOutage.filter((r) => r.status !== 'PENDING').length,
      allDeliveredAfterRestart: seconds(allInAt - upAt),
      received: sink.received.length,
      distinct: sink.counts().size,
      duplicates: sink.duplicates().length,
      byProcess: countBy(sink.received.map((e) => e.client ?? '?')),
      outbox: countBy(after.map((r) => r.status)),
    });
    // The senders did try, and kept the e-mails waiting rather than failing them.
    expect(duringOutage.some((r) => r.lastError !== null)).toBe(true);
    expect(duringOutage.every((r) => r.status === 'PENDING')).toBe(true);
    expect(extra).toBeNull();
    expect(sink.duplicates()).toEqual([]);
    expect(sink.received).toHaveLength(expected);
    expect(new Set(sink.counts().keys())).toEqual(new Set(written.map((r) => messageIdOf(r.id))));
    expect(misaddressed(written)).toEqual([]);
    expect(countBy(after.map((r) => r.status))).toEqual({ SENT: expected });
    expect(await statuses()).toEqual({ SENT: expected });
  });

  it('an API process killed with SIGKILL mid-send: nothing lost, nothing doubled', async () => {
    const expected = MEETINGS * (KILL_MEMBERS + 1);
    const before = await statuses();
    const cast = await tableWithPeople(env.db, KILL_MEMBERS);
    // Nothing is answered until every meeting is scheduled: the kill cannot fall on a mutation in flight.
    let openGate = () => undefined as void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let onKilled: (victim: Victim) => void = () => undefined;
    const killed = new Promise<Victim>((resolve) => (onKilled = resolve));
    sink.beforeAnswer = async (email, offered) => {
      await gate;
      if (offered !== KILL_AT) return 'accept';
      // Its DATA is all here and its sender awaits the answer: kill that sender, then refuse what it can no longer hear.
      const api = env.apis.find((a) => a.name === email.client);
      if (!api) throw new Error(`no API process logs in as ${email.client}`);
      await api.kill('SIGKILL');
      const at = Date.now();
      const { rows } = await env.db.query(`SELECT status, lease_until FROM email_outbox WHERE id = $1`, [rowIdOf(email.messageId)]);
      onKilled({ api, messageId: email.messageId, at, row: { status: rows[0]?.status, leaseUntil: rows[0]?.lease_until ?? null } });
      return 'reject';
    };

    await scheduleMeetings(cast.chair, cast.tableId, MEETINGS);
    const written = await outboxOf(cast.tableId);
    expect(written).toHaveLength(expected);
    openGate();
    const victim = await within(killed, 30_000, `message ${KILL_AT} and the kill`);
    const survivor = env.apis.find((a) => a !== victim.api && a.alive()) as ApiProcess;
    // The killed process's leased rows come back once their lease ends, then within a poll.
    await sink.waitForDistinct(expected, LEASE_MS + 3 * POLL_MS + 30_000);
    const allInAt = Date.now();
    const extra = await sink.nextWithin(QUIET_MS);
    const after = await outboxOf(cast.tableId);
    const redelivered = sink.received.find((e) => e.messageId === victim.messageId);

    report('API process SIGKILL mid-send', {
      outboxRows: written.length,
      killed: `${victim.api.name} at message ${KILL_AT} (${sink.received.filter((e) => e.at <= victim.at).length} accepted by the time it had exited)`,
      inFlightRowAtKill: `${victim.row.status}, lease ends ${victim.row.leaseUntil ? seconds(victim.row.leaseUntil.getTime() - victim.at) : 'never'} after the kill`,
      inFlightRedelivered: redelivered ? `by ${redelivered.client} ${seconds(redelivered.at - victim.at)} after the kill` : 'no',
      allDeliveredAfterKill: seconds(allInAt - victim.at),
      received: sink.received.length,
      distinct: sink.counts().size,
      duplicates: sink.duplicates().length,
      byProcess: countBy(sink.received.map((e) => e.client ?? '?')),
      outbox: countBy(after.map((r) => r.status)),
    });
    expect(victim.api.alive()).toBe(false);
    expect(await victim.api.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(survivor.alive()).toBe(true);
    // The killed e-mail was leased, not sent: it waited for its lease to end, then went once, from the survivor.
    expect(victim.row.status).toBe('PENDING');
    expect(victim.row.leaseUntil?.getTime()).toBeGreaterThan(victim.at);
    expect(redelivered?.client).toBe(survivor.name);
    expect(redelivered?.at).toBeGreaterThanOrEqual((victim.row.leaseUntil as Date).getTime());
    expect(extra).toBeNull();
    expect(sink.duplicates()).toEqual([]);
    expect(sink.received).toHaveLength(expected);
    expect(new Set(sink.counts().keys())).toEqual(new Set(written.map((r) => messageIdOf(r.id))));
    expect(misaddressed(written)).toEqual([]);
    expect(countBy(after.map((r) => r.status))).toEqual({ SENT: expected });
    expect(await statuses()).toEqual({ SENT: (before.SENT ?? 0) + expected });
  });
});

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** `promise`, or an error naming what was awaited after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
