import { createServer, type AddressInfo } from 'node:net';
import { OutboxSender } from '../src/modules/email/outbox-sender';
import { NotificationKind } from '@concertation/shared-domain';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { createUser, type FixtureUser } from './support/fixtures';
import { countStatements } from './support/inspect';
import { headerOf, SmtpSink } from './support/smtp-sink';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { testStore } from './support/stores';

const STATE = `{ emailDelivery { pending sentLastDay failed oldestPendingAt recentFailures { purpose notificationKind attempts lastError recipient { id } } } }`;
const RETRY = `mutation { retryFailedEmails }`;

/** A port nothing listens on: SMTP "down". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Writes `count` AFFILIATION_DECIDED notifications (EMAIL by default) for `user` in one transaction, as a feature would. */
async function burst(t: TestApp, users: FixtureUser[], count: number): Promise<void> {
  const notifications = t.app.get(NotificationsService);
  await t.dataSource.transaction((manager) =>
    notifications.notifyEach(
      manager,
      Array.from({ length: count }, (_, i) => ({
        userId: users[i % users.length].id,
        draft: { kind: NotificationKind.AFFILIATION_DECIDED as const, params: { accepted: true, organizationName: `Organisme fictif ${i}` } },
      })),
    ),
  );
}

const outboxRows = (t: TestApp) =>
  t.dataSource
    .query(`SELECT status, count(*)::int AS n FROM email_outbox GROUP BY status`)
    .then((rows: Array<{ status: string; n: number }>) => Object.fromEntries(rows.map((r) => [r.status, r.n])));

describe('the outbox while SMTP does not answer', () => {
  let t: TestApp;
  let coordinator: FixtureUser;

  beforeAll(async () => {
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`, MAIL_RETRY_SECONDS: '120' });
    coordinator = await createUser(t, { coordinator: true });
  });
  afterAll(() => t.close());

  it('keeps every e-mail, tries one, and puts it back with a growing delay', async () => {
    const person = await createUser(t);
    await burst(t, [person], 5);
    const pass = await t.app.get(OutboxSender).deliverDue();
    expect(pass).toEqual({ sent: 0, failed: 0, deferred: 1 });
    const rows = await t.dataSource.query(
      `SELECT attempts, last_error, next_attempt_at > now() + interval '100 seconds' AS later, lease_until FROM email_outbox WHERE recipient_id = $1 ORDER BY attempts DESC`,
      [person.id],
    );
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ attempts: 1, later: true, lease_until: null });
    expect(rows[0].last_error).toMatch(/ECONNREFUSED/);
    // The others were not tried: no attempt counted, no lease held.
    expect(rows.slice(1).map((r: { attempts: number; lease_until: Date | null }) => [r.attempts, r.lease_until])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);

    // The second failure waits twice as long.
    await t.dataSource.query(`UPDATE email_outbox SET next_attempt_at = now() WHERE recipient_id = $1 AND attempts = 1`, [person.id]);
    await t.dataSource.query(`UPDATE email_outbox SET next_attempt_at = now() + interval '1 hour' WHERE recipient_id = $1 AND attempts = 0`, [person.id]);
    await t.app.get(OutboxSender).deliverDue();
    const [again] = await t.dataSource.query(
      `SELECT attempts, next_attempt_at > now() + interval '220 seconds' AS later FROM email_outbox WHERE recipient_id = $1 AND attempts = 2`,
      [person.id],
    );
    expect(again).toEqual({ attempts: 2, later: true });

    const state = (await t.gql(STATE, {}, coordinator.token)).data.emailDelivery;
    expect(state.pending).toBeGreaterThanOrEqual(5);
    expect(state.oldestPendingAt).toEqual(expect.any(String));
    const health = (await (await fetch(`${t.url}/health/ready`)).json()) as { email: unknown };
    expect(health.email).toEqual({ pending: state.pending, sentLastDay: 0, failed: state.failed });
  });

  it('gives an e-mail up after 24 hours without SMTP', async () => {
    const person = await createUser(t);
    await burst(t, [person], 1);
    await t.dataSource.query(`UPDATE email_outbox SET created_at = now() - interval '25 hours' WHERE recipient_id = $1`, [person.id]);
    await t.dataSource.query(`UPDATE email_outbox SET next_attempt_at = now() + interval '1 hour' WHERE recipient_id <> $1 AND status = 'PENDING'`, [
      person.id,
    ]);
    expect(await t.app.get(OutboxSender).deliverDue()).toEqual({ sent: 0, failed: 0, deferred: 1 });
    const [row] = await t.dataSource.query(`SELECT status, last_error FROM email_outbox WHERE recipient_id = $1`, [person.id]);
    expect(row.status).toBe('FAILED');
    expect(row.last_error).toMatch(/24 hours/);
  });
});

describe('delivery, refusals and what coordinators see', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let coordinator: FixtureUser;

  beforeAll(async () => {
    smtp = await SmtpSink.start({ refuse: (address) => address.startsWith('refuse.') });
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://concertation.exemple.test' });
    coordinator = await createUser(t, { coordinator: true });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends each e-mail once with its stable Message-ID, and fails at once what the server refuses for good', async () => {
    const people = [await createUser(t), await createUser(t), await createUser(t, { email: `refuse.${Date.now()}@exemple.test` })];
    await burst(t, people, 30);
    const pass = await t.app.get(OutboxSender).deliverDue();
    expect(pass).toEqual({ sent: 20, failed: 10, deferred: 0 });
    expect(await t.app.get(OutboxSender).deliverDue()).toEqual({ sent: 0, failed: 0, deferred: 0 });
    const ids = smtp.received.map((m) => m.parsed.messageId);
    expect(new Set(ids).size).toBe(20);
    const rows = await t.dataSource.query(`SELECT id FROM email_outbox WHERE status = 'SENT'`);
    expect(ids.sort()).toEqual(rows.map((r: { id: string }) => `<${r.id}@concertation.exemple.test>`).sort());

    const state = (await t.gql(STATE, {}, coordinator.token)).data.emailDelivery;
    expect(state).toMatchObject({ pending: 0, sentLastDay: 20, failed: 10 });
    expect(state.recentFailures[0]).toMatchObject({
      purpose: 'NOTIFICATION',
      notificationKind: 'AFFILIATION_DECIDED',
      attempts: 1,
      recipient: { id: people[2].id },
    });
    expect(state.recentFailures[0].lastError).toMatch(/550/);

    // Coordinators only.
    expect(codeOf(await t.gql(STATE, {}, people[0].token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RETRY, {}, people[0].token))).toBe('FORBIDDEN');
    // Queued again, they are tried again (and refused again).
    expect((await t.gql(RETRY, {}, coordinator.token)).data.retryFailedEmails).toBe(10);
    expect((await outboxRows(t)).PENDING).toBe(10);
    expect(await t.app.get(OutboxSender).deliverDue()).toEqual({ sent: 0, failed: 10, deferred: 0 });
  });

  it('writes a batch of e-mails with shared reads: one statement per e-mail (marking it sent) and a few for the batch', async () => {
    const people = [await createUser(t), await createUser(t), await createUser(t)];
    await burst(t, people, 40);
    const before = smtp.received.length;
    let pass: unknown;
    const statements = await countStatements(t, async () => (pass = await t.app.get(OutboxSender).deliverDue()));
    expect(pass).toEqual({ sent: 40, failed: 0, deferred: 0 });
    expect(smtp.received.length - before).toBe(40);
    // Claimed in one transaction, recipients and notifications read once each, then each marked
    // sent; a next claim finds nothing. Before, each e-mail cost four statements of its own.
    expect(statements).toBeLessThanOrEqual(40 + 10);
    expect(await outboxRows(t)).toMatchObject({ SENT: expect.any(Number) });
    expect((await outboxRows(t)).PENDING).toBeUndefined();
  });

  it('sends a password reset through the outbox and keeps no copy of its link', async () => {
    const person = await createUser(t, { locale: 'EN' });
    await t.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: person.email });
    await t.app.get(OutboxSender).deliverDue();
    const [mail] = smtp.to(person.email);
    expect(mail.parsed.text).toContain('https://concertation.exemple.test/reset-password?token=');
    expect(headerOf(mail, 'List-Unsubscribe')).toBeUndefined();
    const [row] = await t.dataSource.query(`SELECT status, payload FROM email_outbox WHERE recipient_id = $1 AND purpose = 'PASSWORD_RESET'`, [person.id]);
    expect(row).toEqual({ status: 'SENT', payload: {} });
  });
});

(testStore() === 'postgres' ? describe : describe.skip)('two API processes on one database', () => {
  let first: TestApp;
  let second: TestApp;
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    first = await startTestApp({ SMTP_URL: smtp.url });
    second = await startTestApp({ SMTP_URL: smtp.url }, { shareDatabaseWith: first });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await smtp.close();
  });

  it('send each e-mail once, however their passes overlap', async () => {
    const people = [await createUser(first), await createUser(first), await createUser(first)];
    await burst(first, people, 150);
    const passes = await Promise.all([first, second, first, second].map((app) => app.app.get(OutboxSender).deliverDue()));
    expect(passes.reduce((sum, p) => sum + p.sent, 0)).toBeGreaterThanOrEqual(150);
    const ids = smtp.received.map((m) => m.parsed.messageId);
    expect(ids).toHaveLength(150);
    expect(new Set(ids).size).toBe(150);
    expect(await outboxRows(first)).toEqual({ SENT: 150 });
  });
});
