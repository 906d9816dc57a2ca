import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { OutboxSender } from '../src/modules/email/outbox-sender';
import { tableWithCast } from './support/fixtures';
import { scheduleVia } from './support/meeting-fixtures';
import { headerOf, SmtpSink, type ReceivedEmail } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://concertation.exemple.test';
const UPDATE = `mutation($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelMeeting(id: $id, reason: $reason) { id } }`;
const ADD_ITEM = `mutation($meetingId: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishAgenda(meetingId: $id) { id } }`;
const EDIT_MINUTES = `mutation($id: ID!, $v: Int!, $input: MinutesInput!) { editMinutes(meetingId: $id, expectedVersion: $v, input: $input) { version } }`;
const CIRCULATE = `mutation($id: ID!) { circulateMinutes(meetingId: $id) { status } }`;
const CREATE_ACTION = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
const PREFERENCES = `mutation($p: [NotificationPreferenceInput!]!) { updateNotificationPreferences(preferences: $p) { id } }`;

interface Invitation {
  method: string;
  uid: string;
  sequence: number;
  status: string | null;
  organizer: string;
  attendees: string[];
}

/** An e-mail's invitation as a calendar program reads it (ical.js). */
function invitationOf(email: ReceivedEmail): Invitation {
  if (!email.calendar) throw new Error(`no calendar part in "${email.parsed.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(email.calendar));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: (event.getFirstPropertyValue('status') as string | null) ?? null,
    organizer: String(event.getFirstPropertyValue('organizer')),
    // A URI's scheme has no case: MAILTO: and mailto: are one address.
    attendees: event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).replace(/^mailto:/i, 'mailto:')),
  };
}

/** Everything a reader of the e-mail can see or their mail program can read from it. */
const readable = (email: ReceivedEmail) =>
  [email.parsed.subject ?? '', email.parsed.text ?? '', String(email.parsed.html || ''), email.calendar ?? ''].join('\n');

describe('notification e-mails through a real SMTP server', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let cast: Awaited<ReturnType<typeof tableWithCast>>;
  const deliver = () => t.app.get(OutboxSender).deliverDue();
  const future = (days: number, hour = 14) => {
    const d = new Date(Date.now() + days * 86_400_000);
    d.setUTCHours(hour + 5, 0, 0, 0);
    return d;
  };
  const schedule = async (title: string) => {
    const startsAt = future(10);
    const [meeting] = await scheduleVia(t, cast.chair.token, {
      tableId: cast.tableId,
      title,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      timeZone: 'America/Toronto',
      location: 'Salle fictive 101',
    });
    return meeting.id as string;
  };
  const icsOf = async (meetingId: string, token: string) => {
    const res = await fetch(`${t.url}/meetings/${meetingId}.ics`, { headers: { authorization: `Bearer ${token}` } });
    const event = new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent('vevent')!;
    return { uid: String(event.getFirstPropertyValue('uid')), sequence: Number(event.getFirstPropertyValue('sequence')) };
  };
  const about = (meetingTitle: string) => (m: ReceivedEmail) => (m.parsed.subject ?? '').includes(meetingTitle);

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL, MAIL_FROM: 'Concertation <avis@concertation.exemple.test>' });
    cast = await tableWithCast(t);
    await t.dataSource.query(`UPDATE app_user SET locale = 'EN', time_zone = 'America/Vancouver' WHERE id = $1`, [cast.member.id]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('e-mails everyone else at the table in their own language, with an invitation their calendar accepts', async () => {
    const meetingId = await schedule('Rencontre fictive de planification');
    expect((await deliver()).sent).toBeGreaterThanOrEqual(3);
    const mails = smtp.received.filter(about('Rencontre fictive de planification'));
    expect(mails.map((m) => m.to[0]).sort()).toEqual([cast.secretary.email, cast.member.email, cast.observer.email].sort());

    const english = mails.find((m) => m.to.includes(cast.member.email))!;
    const french = mails.find((m) => m.to.includes(cast.secretary.email))!;
    expect(english.parsed.subject).toMatch(/^Concertation: /);
    expect(french.parsed.subject).toMatch(/^Concertation[\u202f\u00a0]: /);
    expect(english.parsed.html).toContain('lang="en"');
    expect(french.parsed.html).toContain('lang="fr"');
    // The reader's own zone: 14:00 in Toronto is 11:00 in Vancouver.
    expect(english.parsed.text).toMatch(/11:00/);

    // RFC 8058 one-click unsubscribe, a stable Message-ID under PUBLIC_URL's host.
    expect(headerOf(english, 'List-Unsubscribe')).toMatch(new RegExp(`^<${PUBLIC_URL}/unsubscribe/[^>]+>$`));
    expect(headerOf(english, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    for (const mail of mails) expect(mail.parsed.messageId).toMatch(/^<[0-9a-f-]{36}@concertation\.exemple\.test>$/);
    expect(new Set(mails.map((m) => m.parsed.messageId)).size).toBe(mails.length);

    // The answer links and the preferences page.
    for (const response of ['ATTENDING', 'TENTATIVE', 'DECLINED']) {
      expect(english.parsed.text).toMatch(new RegExp(`${PUBLIC_URL}/rsvp/[^\\s?]+\\?response=${response}`));
    }
    expect(english.parsed.text).toContain(`${PUBLIC_URL}/profile/notifications`);
    expect(english.parsed.text).toContain(`${PUBLIC_URL}/meetings/${meetingId}`);

    // The invitation: METHOD:REQUEST, the .ics route's UID and SEQUENCE, organizer and attendee.
    const invitation = invitationOf(english);
    const ics = await icsOf(meetingId, cast.member.token);
    expect(invitation).toMatchObject({ method: 'REQUEST', uid: ics.uid, sequence: ics.sequence, organizer: 'mailto:avis@concertation.exemple.test' });
    expect(invitation.attendees).toEqual([`mailto:${cast.member.email}`]);
    expect(english.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
  });

  it('sends the changed meeting as a new REQUEST with the new SEQUENCE, then a CANCEL', async () => {
    const meetingId = await schedule('Rencontre fictive déplacée');
    await deliver();
    const startsAt = future(12);
    const moved = await t.gql(
      UPDATE,
      { id: meetingId, input: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3600_000).toISOString() } },
      cast.chair.token,
    );
    expect(moved.errors).toBeUndefined();
    await deliver();
    const ics = await icsOf(meetingId, cast.secretary.token);
    const requests = smtp.to(cast.secretary.email).filter(about('Rencontre fictive déplacée')).map(invitationOf);
    expect(requests.map((r) => r.method)).toEqual(['REQUEST', 'REQUEST']);
    expect(requests[1]).toMatchObject({ uid: ics.uid, sequence: ics.sequence });
    expect(requests[1].sequence).toBeGreaterThan(requests[0].sequence);

    expect((await t.gql(CANCEL, { id: meetingId, reason: 'Salle fictive indisponible' }, cast.chair.token)).errors).toBeUndefined();
    await deliver();
    const cancel = smtp.to(cast.secretary.email).filter(about('Rencontre fictive déplacée')).map(invitationOf)[2];
    const after = await icsOf(meetingId, cast.secretary.token);
    expect(cancel).toMatchObject({ method: 'CANCEL', uid: after.uid, sequence: after.sequence, status: 'CANCELLED' });
  });

  it('never carries minutes, notes, in-camera titles or free text, whoever reads', async () => {
    const meetingId = await schedule('Rencontre fictive confidentielle');
    const item = async (title: string, confidentiality: string) => {
      const r = await t.gql(ADD_ITEM, { meetingId, input: { title, confidentiality, description: `Description ${title}` } }, cast.chair.token);
      expect(r.errors).toBeUndefined();
      return r.data.addAgendaItem.id as string;
    };
    const open = await item('Point public fictif', 'MEMBERS');
    const secret = await item('SECRET-HUIS-CLOS fictif', 'IN_CAMERA');
    expect((await t.gql(PUBLISH, { id: meetingId }, cast.chair.token)).errors).toBeUndefined();
    const action = await t.gql(
      CREATE_ACTION,
      { input: { tableId: cast.tableId, meetingId, agendaItemId: secret, title: 'SECRET-ACTION fictive', assigneeId: cast.secretary.id } },
      cast.chair.token,
    );
    expect(action.errors).toBeUndefined();
    const run = async (document: string) => expect((await t.gql(document, { id: meetingId }, cast.chair.token)).errors).toBeUndefined();
    await run(`mutation($id: ID!) { startMeeting(id: $id) { id } }`);
    const version = (await t.gql(`query($id: ID!) { meeting(id: $id) { minutes { version } } }`, { id: meetingId }, cast.secretary.token)).data.meeting.minutes
      .version;
    const minutes = await t.gql(
      EDIT_MINUTES,
      { id: meetingId, v: version, input: { summary: 'SECRET-RÉSUMÉ fictif', itemNotes: [{ agendaItemId: open, notes: 'SECRET-NOTES fictives' }] } },
      cast.secretary.token,
    );
    expect(minutes.errors).toBeUndefined();
    await run(`mutation($id: ID!) { adjournMeeting(id: $id) { id } }`);
    expect((await t.gql(CIRCULATE, { id: meetingId }, cast.secretary.token)).errors).toBeUndefined();
    // A cancellation's reason is the chair's own words: it stays in the application too.
    const other = await schedule('Rencontre fictive confidentielle annulée');
    expect((await t.gql(CANCEL, { id: other, reason: 'SECRET-RAISON fictive' }, cast.chair.token)).errors).toBeUndefined();
    await deliver();

    const mails = smtp.received.filter((m) => readable(m).includes('Rencontre fictive confidentielle') || readable(m).includes('SECRET'));
    // Published agenda, circulated minutes, the assigned action and the cancellation all went out…
    expect(mails.length).toBeGreaterThanOrEqual(6);
    expect(mails.some((m) => readable(m).includes('Point public fictif'))).toBe(true);
    // …and none of them holds what stays in the application.
    for (const mail of mails) expect(readable(mail)).not.toMatch(/SECRET/);
  });

  it('follows each person’s preferences: nothing right away for IN_APP or DIGEST', async () => {
    expect(
      (
        await t.gql(
          PREFERENCES,
          {
            p: [
              { kind: 'MEETING_SCHEDULED', channel: 'IN_APP' },
              { kind: 'MEETING_CANCELLED', channel: 'DIGEST' },
            ],
          },
          cast.member.token,
        )
      ).errors,
    ).toBeUndefined();
    const meetingId = await schedule('Rencontre fictive sans courriel');
    await t.gql(CANCEL, { id: meetingId }, cast.chair.token);
    await deliver();
    expect(smtp.to(cast.member.email).filter(about('Rencontre fictive sans courriel'))).toEqual([]);
    expect(smtp.to(cast.secretary.email).filter(about('Rencontre fictive sans courriel'))).toHaveLength(2);
    // The notifications themselves are there, in the application.
    const kinds = await t.dataSource.query(`SELECT kind FROM notification WHERE user_id = $1 AND meeting_id = $2 ORDER BY created_at`, [
      cast.member.id,
      meetingId,
    ]);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['MEETING_SCHEDULED', 'MEETING_CANCELLED']);
  });
});

describe('notification e-mails without an SMTP server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('writes each as an .eml file under DATA_DIR/outbox that a mail program opens with an "Accept" button', async () => {
    const cast = await tableWithCast(t);
    const startsAt = new Date(Date.now() + 9 * 86_400_000);
    await scheduleVia(t, cast.chair.token, {
      tableId: cast.tableId,
      title: 'Rencontre fictive hors ligne',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
    });
    await t.app.get(OutboxSender).deliverDue();
    const outbox = join(t.config.dataDir, 'outbox');
    const files = existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : [];
    expect(files.length).toBe(3);
    const raw = readFileSync(join(outbox, files[0]), 'utf8');
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toContain('Rencontre fictive hors ligne');
    expect(parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString()).toMatch(/METHOD:REQUEST/);
  });
});
