import { NotificationRetention } from '../src/modules/notifications/notification-retention';
import { createUser } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('notification retention (RETENTION_NOTIFICATIONS_DAYS)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RETENTION_NOTIFICATIONS_DAYS: '90' });
  });
  afterAll(() => t.close());

  const notification = async (userId: string, daysAgo: number) =>
    (
      await t.dataSource.query(
        `INSERT INTO notification (user_id, kind, params, created_at) VALUES ($1, 'AFFILIATION_DECIDED', '{"accepted": true, "organizationName": "Organisme fictif"}', now() - make_interval(days => $2)) RETURNING id`,
        [userId, daysAgo],
      )
    )[0].id as string;
  const email = async (userId: string, status: string, daysAgo: number) =>
    (
      await t.dataSource.query(
        `INSERT INTO email_outbox (purpose, recipient_id, status, created_at) VALUES ('DIGEST', $1, $2, now() - make_interval(days => $3)) RETURNING id`,
        [userId, status, daysAgo],
      )
    )[0].id as string;

  it('deletes notifications older than the setting and e-mails done with for 30 days; keeps the rest', async () => {
    const person = await createUser(t);
    const old = await notification(person.id, 91);
    const recent = await notification(person.id, 89);
    const oldSent = await email(person.id, 'SENT', 31);
    const oldFailed = await email(person.id, 'FAILED', 40);
    const recentSent = await email(person.id, 'SENT', 2);
    const stillPending = await email(person.id, 'PENDING', 40);
    const run = await t.app.get(NotificationRetention).run();
    expect(run).toEqual({ ran: true, notifications: 1, emails: 2 });
    const notifications = (await t.dataSource.query(`SELECT id FROM notification WHERE user_id = $1`, [person.id])).map((r: { id: string }) => r.id);
    expect(notifications).toEqual([recent]);
    expect(notifications).not.toContain(old);
    const emails = (await t.dataSource.query(`SELECT id FROM email_outbox WHERE recipient_id = $1`, [person.id])).map((r: { id: string }) => r.id);
    expect(emails.sort()).toEqual([recentSent, stillPending].sort());
    expect(emails).not.toContain(oldSent);
    expect(emails).not.toContain(oldFailed);
  });
});
