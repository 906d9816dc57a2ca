import { DailyDigest } from '../src/modules/email/daily-digest';
import { OutboxSender } from '../src/modules/email/outbox-sender';
import { createUser, type FixtureUser } from './support/fixtures';
import { headerOf, SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

const PREFERENCES = `mutation($p: [NotificationPreferenceInput!]!, $h: Int) { updateNotificationPreferences(preferences: $p, digestHour: $h) { id } }`;

describe('the daily digest', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  const runDigest = () => t.app.get(DailyDigest).run();
  const deliver = () => t.app.get(OutboxSender).deliverDue();
  /** A notification written a few minutes ago (the digest leaves the last minute's for the next one). */
  const notify = async (user: FixtureUser, kind: string, params: Record<string, unknown>, minutesAgo = 5) =>
    (
      await t.dataSource.query(
        `INSERT INTO notification (user_id, kind, params, created_at) VALUES ($1, $2, $3, now() - make_interval(mins => $4)) RETURNING id`,
        [user.id, kind, params, minutesAgo],
      )
    )[0].id as string;
  const protocol = (title: string) => ({ protocolTitle: title, version: 2, ownerName: 'Table fictive', changeNote: 'SECRET-NOTE fictive' });
  const due = (title: string) => ({ itemTitle: title, dueOn: '2030-01-15', overdue: false });
  /**
   * Whose local hour is at or past their digest hour right now (hour 0 always is), and whose
   * digest starts an hour back, before the notifications the tests write in the past.
   */
  const dueNow = async (user: FixtureUser) => {
    await t.gql(PREFERENCES, { p: [], h: 0 }, user.token);
    await t.dataSource.query(`UPDATE app_user SET digest_covered_until = now() - interval '1 hour' WHERE id = $1`, [user.id]);
  };

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://concertation.exemple.test' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends one e-mail listing the DIGEST notifications since the previous one, once per local day', async () => {
    const person = await createUser(t, { locale: 'EN' });
    await dueNow(person);
    await notify(person, 'PROTOCOL_PUBLISHED', protocol('Protocole fictif A'), 10);
    await notify(person, 'ACTION_ITEM_DUE', due('Action fictive B'), 6);
    // By e-mail right away, not in the digest.
    await notify(person, 'MEETING_CHANGED', {
      meetingTitle: 'Rencontre fictive C',
      tableName: 'Table fictive',
      startsAt: new Date().toISOString(),
      location: null,
      onlineUrl: null,
    });

    expect((await runDigest()).digests).toBeGreaterThanOrEqual(1);
    await deliver();
    const [digest, ...more] = smtp.to(person.email);
    expect(more).toEqual([]);
    expect(digest.parsed.subject).toMatch(/^Concertation: /);
    const text = digest.parsed.text ?? '';
    expect(text.indexOf('Protocole fictif A')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Action fictive B')).toBeGreaterThan(text.indexOf('Protocole fictif A'));
    expect(text).not.toContain('Rencontre fictive C');
    expect(text).not.toContain('SECRET');
    expect(headerOf(digest, 'List-Unsubscribe')).toMatch(/^<https:\/\/concertation\.exemple\.test\/unsubscribe\//);

    // The same local day: nothing more, even with something new.
    await notify(person, 'PROTOCOL_PUBLISHED', protocol('Protocole fictif D'));
    await runDigest();
    await deliver();
    expect(smtp.to(person.email)).toHaveLength(1);
    // The next local day, it comes in the next digest and only it.
    await t.dataSource.query(`UPDATE app_user SET digest_sent_on = digest_sent_on - 1 WHERE id = $1`, [person.id]);
    await runDigest();
    await deliver();
    const next = smtp.to(person.email)[1];
    expect(next.parsed.text).toContain('Protocole fictif D');
    expect(next.parsed.text).not.toContain('Protocole fictif A');
  });

  it('sends nothing, and does not count the day, when there is nothing to list', async () => {
    const person = await createUser(t);
    await dueNow(person);
    await runDigest();
    expect((await t.dataSource.query(`SELECT digest_sent_on FROM app_user WHERE id = $1`, [person.id]))[0].digest_sent_on).toBeNull();
    await notify(person, 'ACTION_ITEM_DUE', due('Action fictive tardive'));
    await runDigest();
    await deliver();
    expect(smtp.to(person.email)).toHaveLength(1);
    expect(smtp.to(person.email)[0].parsed.subject).toMatch(/^Concertation[\u202f\u00a0]: /);
  });

  it('waits for the person’s own hour, in their own zone', async () => {
    const person = await createUser(t);
    // A zone where it is not yet 23:00, and a digest at 23:00 there.
    const zones = ['America/Toronto', 'Asia/Tokyo', 'Europe/Paris', 'Pacific/Auckland'];
    const zone = zones.find((z) => Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: z }).format(new Date())) < 23)!;
    await t.dataSource.query(`UPDATE app_user SET time_zone = $2, digest_hour = 23, digest_covered_until = now() - interval '1 hour' WHERE id = $1`, [
      person.id,
      zone,
    ]);
    await notify(person, 'ACTION_ITEM_DUE', due('Action fictive du soir'));
    await runDigest();
    await deliver();
    expect(smtp.to(person.email)).toEqual([]);
  });

  it('leaves out kinds the person moved off the digest since', async () => {
    const person = await createUser(t);
    await dueNow(person);
    await notify(person, 'PROTOCOL_PUBLISHED', protocol('Protocole fictif retiré'));
    await notify(person, 'ACTION_ITEM_DUE', due('Action fictive gardée'));
    await t.gql(PREFERENCES, { p: [{ kind: 'PROTOCOL_PUBLISHED', channel: 'IN_APP' }] }, person.token);
    await runDigest();
    await deliver();
    const [digest] = smtp.to(person.email);
    expect(digest.parsed.text).toContain('Action fictive gardée');
    expect(digest.parsed.text).not.toContain('Protocole fictif retiré');
  });
});
