import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { auditEvents } from './support/inspect';
import { addMembership, createTable, seat, tableWithCast } from './support/fixtures';
import { addAgendaItem, createMeeting, setMeetingStatus } from './support/meeting-fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://concertation.example.test';
const ROTATE = `mutation { rotateCalendarFeed }`;

interface ParsedCalendar {
  events: Array<{
    uid: string;
    summary: string;
    sequence: number;
    status: string | null;
    location: string | null;
    url: string | null;
    description: string;
    tzid: string | null;
    start: string;
    end: string;
  }>;
  timezones: string[];
}

/** Parses iCalendar text with ical.js, as a calendar client would. */
function parse(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent: any) => {
    const dtstart = vevent.getFirstProperty('dtstart');
    return {
      uid: vevent.getFirstPropertyValue('uid'),
      summary: vevent.getFirstPropertyValue('summary'),
      sequence: vevent.getFirstPropertyValue('sequence'),
      status: vevent.getFirstPropertyValue('status'),
      location: vevent.getFirstPropertyValue('location'),
      url: vevent.getFirstPropertyValue('url'),
      description: vevent.getFirstPropertyValue('description') ?? '',
      tzid: dtstart.getParameter('tzid') ?? null,
      start: dtstart.getFirstValue().toString(),
      end: vevent.getFirstPropertyValue('dtend').toString(),
    };
  });
  const timezones = calendar.getAllSubcomponents('vtimezone').map((tz: any) => tz.getFirstPropertyValue('tzid'));
  return { events, timezones };
}

describe('calendars over HTTP', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof tableWithCast>>;
  let meetingId: string;

  const ics = (id: string, token?: string | null) => fetch(`${t.url}/meetings/${id}.ics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  /** The feed at the path of an absolute feed URL (PUBLIC_URL is not this test server). */
  const feed = (absoluteUrl: string) => fetch(`${t.url}${new URL(absoluteUrl).pathname}`);
  const rotate = async (token: string): Promise<string> => {
    const result = await t.gql(ROTATE, {}, token);
    expect(result.errors).toBeUndefined();
    return result.data.rotateCalendarFeed;
  };

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL });
    cast = await tableWithCast(t);
    // 14:00 UTC on 12 January 2027 is 09:00 in Toronto (EST).
    meetingId = await createMeeting(t, cast.tableId, {
      title: 'Rencontre régulière fictive, janvier',
      startsAt: new Date('2027-01-12T14:00:00.000Z'),
      endsAt: new Date('2027-01-12T16:00:00.000Z'),
      timeZone: 'America/Toronto',
      location: 'Salle fictive 101',
    });
    await addAgendaItem(t, meetingId, { title: 'Tour de table fictif' });
    await addAgendaItem(t, meetingId, { title: 'Dossier fictif à huis clos', confidentiality: 'IN_CAMERA' });
  });
  afterAll(() => t.close());

  describe('GET /meetings/:id.ics', () => {
    it('answers 401 without a valid token, 404 for an unknown meeting, 403 for those who do not sit at the table', async () => {
      expect((await ics(meetingId)).status).toBe(401);
      expect((await ics(meetingId, 'bad-token')).status).toBe(401);
      expect((await ics(randomUUID(), cast.member.token)).status).toBe(404);
      expect((await ics('pas-un-id', cast.member.token)).status).toBe(404);
      expect((await ics(meetingId, cast.outsider.token)).status).toBe(403);
      expect((await ics(meetingId, cast.coordinator.token)).status).toBe(403);
    });

    it('is an RFC 5545 calendar: one VEVENT with a stable UID, TZID and a matching VTIMEZONE', async () => {
      const res = await ics(meetingId, cast.member.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const text = await res.text();
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      const first = parse(text);
      expect(first.events).toHaveLength(1);
      const [event] = first.events;
      expect(event).toMatchObject({
        uid: `${meetingId}@concertation`,
        summary: 'Rencontre régulière fictive, janvier',
        location: 'Salle fictive 101',
        url: `${PUBLIC_URL}/meetings/${meetingId}`,
        sequence: 0,
        status: 'CONFIRMED',
        tzid: 'America/Toronto',
        start: '2027-01-12T09:00:00',
        end: '2027-01-12T11:00:00',
      });
      expect(first.timezones).toEqual(['America/Toronto']);
      const again = parse(await (await ics(meetingId, cast.chair.token)).text());
      expect(again.events[0].uid).toBe(event.uid);
    });

    it('keeps local time across daylight saving and names the zone the VTIMEZONE defines', async () => {
      // 13:00 UTC in July is 09:00 in Toronto (EDT); America/Montreal is a link to America/Toronto.
      const summer = await createMeeting(t, cast.tableId, { startsAt: new Date('2027-07-13T13:00:00.000Z'), timeZone: 'America/Montreal' });
      const parsed = parse(await (await ics(summer, cast.member.token)).text());
      expect(parsed.events[0]).toMatchObject({ tzid: 'America/Toronto', start: '2027-07-13T09:00:00' });
      expect(parsed.timezones).toEqual(['America/Toronto']);
      const halifax = await createMeeting(t, cast.tableId, { startsAt: new Date('2027-02-02T14:00:00.000Z'), timeZone: 'America/Halifax' });
      expect(parse(await (await ics(halifax, cast.member.token)).text()).events[0]).toMatchObject({ tzid: 'America/Halifax', start: '2027-02-02T10:00:00' });
    });

    it('raises SEQUENCE with each change and says STATUS:CANCELLED once cancelled', async () => {
      const meeting = await createMeeting(t, cast.tableId, { sequence: 0 });
      expect(parse(await (await ics(meeting, cast.member.token)).text()).events[0].sequence).toBe(0);
      await t.dataSource.query(`UPDATE meeting SET sequence = sequence + 1, title = 'Rencontre fictive déplacée' WHERE id = $1`, [meeting]);
      const moved = parse(await (await ics(meeting, cast.member.token)).text()).events[0];
      expect(moved).toMatchObject({ sequence: 1, summary: 'Rencontre fictive déplacée', uid: `${meeting}@concertation` });
      await setMeetingStatus(t, meeting, 'CANCELLED');
      const cancelled = parse(await (await ics(meeting, cast.member.token)).text()).events[0];
      expect(cancelled).toMatchObject({ sequence: 2, status: 'CANCELLED', uid: `${meeting}@concertation` });
    });

    it('lists the published agenda without the in-camera items the reader may not see', async () => {
      const member = await (await ics(meetingId, cast.member.token)).text();
      expect(parse(member).events[0].description).toContain('Dossier fictif à huis clos');
      const observer = await (await ics(meetingId, cast.observer.token)).text();
      expect(observer).not.toContain('huis clos');
      expect(parse(observer).events[0].description).toContain('1. Tour de table fictif');
    });
  });

  describe('the personal feed', () => {
    it('needs sign-in to rotate, and answers 404 for an unknown or malformed secret', async () => {
      expect(codeOf(await t.gql(ROTATE))).toBe('UNAUTHENTICATED');
      expect((await fetch(`${t.url}/calendar/${'a'.repeat(43)}.ics`)).status).toBe(404);
      expect((await fetch(`${t.url}/calendar/nope.ics`)).status).toBe(404);
    });

    it('holds every meeting of every table the person sits at, and nothing else', async () => {
      const otherTable = await createTable(t);
      await addMembership(t, otherTable, cast.organizationId);
      await seat(t, otherTable, cast.member.id, 'MEMBER', cast.organizationId);
      const there = await createMeeting(t, otherTable, { title: 'Rencontre fictive de l’autre table' });
      const elsewhere = await createMeeting(t, await createTable(t), { title: 'Rencontre fictive d’une table étrangère' });

      const url = await rotate(cast.member.token);
      expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
      const res = await feed(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const uids = parse(await res.text()).events.map((e) => e.uid);
      const meetingsOfTables: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM meeting WHERE table_id IN ($1, $2)`, [cast.tableId, otherTable]);
      expect(uids.sort()).toEqual(meetingsOfTables.map((m) => `${m.id}@concertation`).sort());
      expect(uids).toContain(`${there}@concertation`);
      expect(uids).not.toContain(`${elsewhere}@concertation`);
      // The same UID as the single-meeting file: calendars merge them.
      expect(uids).toContain(`${meetingId}@concertation`);
    });

    it("never carries an in-camera title in an observer's feed", async () => {
      const observerFeed = await (await feed(await rotate(cast.observer.token))).text();
      expect(parse(observerFeed).events.map((e) => e.uid)).toContain(`${meetingId}@concertation`);
      expect(observerFeed).not.toContain('huis clos');
      const memberFeed = await (await feed(await rotate(cast.member.token))).text();
      expect(memberFeed).toContain('huis clos');
    });

    it('stops the old URL when rotated, stores only a hash, and audits the rotation', async () => {
      const first = await rotate(cast.secretary.token);
      expect((await feed(first)).status).toBe(200);
      const second = await rotate(cast.secretary.token);
      expect(second).not.toBe(first);
      expect((await feed(first)).status).toBe(404);
      expect((await feed(second)).status).toBe(200);
      const secret = /\/calendar\/([^/]+)\.ics$/.exec(second)![1];
      const [row] = await t.dataSource.query(`SELECT calendar_secret FROM app_user WHERE id = $1`, [cast.secretary.id]);
      expect(row.calendar_secret).not.toContain(secret);
      expect(row.calendar_secret).toMatch(/^[0-9a-f]{64}$/);
      const events = (await auditEvents(t, cast.secretary.id)).filter((e) => e.action === 'calendarFeed.rotated');
      expect(events).toHaveLength(2);
      expect(events[0]).toMatchObject({ actor_id: cast.secretary.id, entity_type: 'user' });
    });
  });

  it('gives Meeting.icsUrl when the meeting query exists', async () => {
    const schema = await t.gql(`{ __type(name: "Query") { fields { name } } }`);
    if (!schema.data.__type.fields.some((f: { name: string }) => f.name === 'meeting')) return;
    const result = await t.gql(`query ($id: ID!) { meeting(id: $id) { icsUrl } }`, { id: meetingId }, cast.member.token);
    expect(result.errors).toBeUndefined();
    expect(result.data.meeting.icsUrl).toBe(`${PUBLIC_URL}/meetings/${meetingId}.ics`);
  });
});
