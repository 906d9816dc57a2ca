import { Writable } from 'node:stream';
import { OutboxSender } from '../src/modules/email/outbox-sender';
import { EmailLinks } from '../src/modules/email/email-links';
import { tableWithCast } from './support/fixtures';
import { insertMeeting } from './support/meeting-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const RSVP_OF = `query($id: ID!) { meeting(id: $id) { viewerRsvp } }`;
const PREFERENCES = `{ me { notificationPreferences { kind channel } } }`;

describe('answering and unsubscribing from an e-mail, without signing in', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof tableWithCast>>;
  let links: EmailLinks;
  const logLines: string[] = [];
  /** The path and query of an absolute link (PUBLIC_URL is not this test server). */
  const local = (absolute: string) => {
    const u = new URL(absolute);
    return `${t.url}${u.pathname}${u.search}`;
  };
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual' as const,
  });
  const myRsvp = async (meetingId: string, token: string) => (await t.gql(RSVP_OF, { id: meetingId }, token)).data.meeting.viewerRsvp ?? null;
  const channelOf = async (token: string, kind: string) =>
    (await t.gql(PREFERENCES, {}, token)).data.me.notificationPreferences.find((p: { kind: string }) => p.kind === kind).channel;

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    t = await startTestApp({ PUBLIC_URL: 'https://concertation.exemple.test' }, { logDestination: destination as never });
    cast = await tableWithCast(t);
    links = t.app.get(EmailLinks);
  });
  afterAll(() => t.close());

  it('GET shows the meeting with the clicked answer selected and records nothing; POST records it', async () => {
    const meetingId = await insertMeeting(t, cast.tableId, { title: 'Rencontre fictive à confirmer' });
    const url = links.rsvpUrl({ userId: cast.member.id, meetingId }, 'TENTATIVE');
    const page = await fetch(local(url));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Rencontre fictive à confirmer');
    expect(html).toMatch(/<html[^>]* lang="fr"/);
    expect(html).toMatch(/value="TENTATIVE"[^>]*checked|checked[^>]*value="TENTATIVE"/);
    expect(await myRsvp(meetingId, cast.member.token)).toBeNull();

    // The form's field wins over the link's query.
    const posted = await fetch(local(url), form({ response: 'ATTENDING' }));
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('Rencontre fictive à confirmer');
    expect(await myRsvp(meetingId, cast.member.token)).toBe('ATTENDING');
    const audit = await t.dataSource.query(`SELECT actor_id FROM audit_event WHERE action = 'rsvp.recorded' AND entity_id = $1`, [meetingId]);
    expect(audit.map((a: { actor_id: string }) => a.actor_id)).toEqual([cast.member.id]);

    // Without a field, the link's answer.
    expect((await fetch(local(links.rsvpUrl({ userId: cast.member.id, meetingId }, 'DECLINED')), form({}))).status).toBe(200);
    expect(await myRsvp(meetingId, cast.member.token)).toBe('DECLINED');
  });

  it('refuses a changed, forged or foreign token with a 4xx and records nothing', async () => {
    const meetingId = await insertMeeting(t, cast.tableId);
    const url = new URL(links.rsvpUrl({ userId: cast.member.id, meetingId }, 'ATTENDING'));
    const token = decodeURIComponent(url.pathname.split('/')[2]);
    const [body, mac] = token.split('.');
    const changedBody = Buffer.from(Buffer.from(body, 'base64url').toString().replace(cast.member.id, cast.secretary.id)).toString('base64url');
    for (const bad of [`${changedBody}.${mac}`, `${body}.${mac.slice(0, -2)}AA`, 'nimporte-quoi', `${body}`]) {
      const res = await fetch(`${t.url}/rsvp/${encodeURIComponent(bad)}?response=ATTENDING`, form({ response: 'ATTENDING' }));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect(await myRsvp(meetingId, cast.member.token)).toBeNull();
    expect(await myRsvp(meetingId, cast.secretary.token)).toBeNull();
    // An outsider's link (someone who does not sit at the table) is refused too.
    const outsider = links.rsvpUrl({ userId: cast.outsider.id, meetingId }, 'ATTENDING');
    expect((await fetch(local(outsider), form({ response: 'ATTENDING' }))).status).toBe(403);
  });

  it('answers 410 once the meeting is cancelled, adjourned or over', async () => {
    const cancelled = await insertMeeting(t, cast.tableId, { status: 'CANCELLED' });
    const adjourned = await insertMeeting(t, cast.tableId, { status: 'ADJOURNED' });
    const past = await insertMeeting(t, cast.tableId, { startsAt: new Date(Date.now() - 3 * 3600_000), endsAt: new Date(Date.now() - 3600_000) });
    for (const meetingId of [cancelled, adjourned, past]) {
      const url = local(links.rsvpUrl({ userId: cast.member.id, meetingId }, 'ATTENDING'));
      expect((await fetch(url)).status).toBe(410);
      expect((await fetch(url, form({ response: 'ATTENDING' }))).status).toBe(410);
      expect(await myRsvp(meetingId, cast.member.token)).toBeNull();
    }
  });

  it('unsubscribes from one kind with a one-click POST, after a GET that changes nothing', async () => {
    const url = local(links.unsubscribeUrl({ userId: cast.member.id, what: 'AGENDA_PUBLISHED' }));
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form');
    expect(await channelOf(cast.member.token, 'AGENDA_PUBLISHED')).toBe('EMAIL');
    // RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click".
    const posted = await fetch(url, form({ 'List-Unsubscribe': 'One-Click' }));
    expect(posted.status).toBe(200);
    expect(await channelOf(cast.member.token, 'AGENDA_PUBLISHED')).toBe('IN_APP');
    expect(await channelOf(cast.member.token, 'MEETING_SCHEDULED')).toBe('EMAIL');
  });

  it('stops the digest: every kind the person has on DIGEST goes to IN_APP, the others stay', async () => {
    const url = local(links.unsubscribeUrl({ userId: cast.secretary.id, what: 'DIGEST' }));
    expect((await fetch(url, form({ 'List-Unsubscribe': 'One-Click' }))).status).toBe(200);
    const all = (await t.gql(PREFERENCES, {}, cast.secretary.token)).data.me.notificationPreferences as Array<{ kind: string; channel: string }>;
    expect(all.filter((p) => p.channel === 'DIGEST')).toEqual([]);
    expect(all.find((p) => p.kind === 'ACTION_ITEM_DUE')?.channel).toBe('IN_APP');
    expect(all.find((p) => p.kind === 'MEETING_SCHEDULED')?.channel).toBe('EMAIL');
  });

  it('refuses a forged unsubscribe link', async () => {
    const url = new URL(links.unsubscribeUrl({ userId: cast.observer.id, what: 'MEETING_SCHEDULED' }));
    const forged = url.pathname.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await fetch(`${t.url}${forged}`, form({ 'List-Unsubscribe': 'One-Click' }))).status).toBe(404);
    expect(await channelOf(cast.observer.token, 'MEETING_SCHEDULED')).toBe('EMAIL');
  });

  it('never writes a link’s token to the logs', async () => {
    const meetingId = await insertMeeting(t, cast.tableId);
    const rsvp = new URL(links.rsvpUrl({ userId: cast.observer.id, meetingId }, 'ATTENDING'));
    const unsubscribe = new URL(links.unsubscribeUrl({ userId: cast.observer.id, what: 'MINUTES_CIRCULATED' }));
    await fetch(`${t.url}${rsvp.pathname}${rsvp.search}`);
    await fetch(`${t.url}${unsubscribe.pathname}`);
    await t.app.get(OutboxSender).deliverDue();
    const logs = logLines.join('');
    expect(logs).toContain('/rsvp/[token]');
    expect(logs).not.toContain(rsvp.pathname.split('/')[2]);
    expect(logs).not.toContain(unsubscribe.pathname.split('/')[2]);
  });
});
