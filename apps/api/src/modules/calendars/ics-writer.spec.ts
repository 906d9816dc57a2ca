import ICAL from 'ical.js';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { meetingUid, writeIcs, writeInvitation, type IcsMeeting } from './ics-writer';

const meeting = {
  id: '11111111-1111-4111-8111-111111111111',
  tableId: '22222222-2222-4222-8222-222222222222',
  seriesId: null,
  title: 'Rencontre fictive de printemps',
  status: 'SCHEDULED',
  startsAt: new Date('2030-07-08T18:00:00Z'),
  endsAt: new Date('2030-07-08T19:30:00Z'),
  // A link zone: the VTIMEZONE library knows it as America/Toronto.
  timeZone: 'America/Montreal',
  location: 'Salle fictive 3',
  onlineUrl: 'https://visio.example.test/salle-fictive',
  agendaPublishedAt: null,
  currentItemId: null,
  currentItemStartedAt: null,
  cancelledReason: null,
  sequence: 4,
  createdById: null,
  createdAt: new Date('2030-06-01T12:00:00Z'),
  updatedAt: new Date('2030-06-02T12:00:00Z'),
} as MeetingEntity;

const entry: IcsMeeting = { meeting, tableName: 'Table fictive', agenda: ['Point fictif'] };
const people = {
  organizer: { name: 'Concertation', email: 'avis@concertation.example.test' },
  attendee: { name: 'Personne Fictive', email: 'personne.fictive@example.test' },
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, event };
}

describe('writeInvitation', () => {
  it('invites one attendee to the meeting’s event with METHOD:REQUEST', () => {
    const ics = writeInvitation(entry, { publicUrl: 'https://concertation.example.test', locale: 'FR', method: 'REQUEST', ...people });
    const { calendar, event } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(event.getFirstPropertyValue('uid')).toBe(meetingUid(meeting.id));
    expect(event.getFirstPropertyValue('sequence')).toBe(4);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');

    const organizer = event.getFirstProperty('organizer')!;
    expect(String(organizer.getFirstValue()).toLowerCase()).toBe('mailto:avis@concertation.example.test');
    expect(organizer.getParameter('cn')).toBe('Concertation');

    const attendees = event.getAllProperties('attendee');
    expect(attendees).toHaveLength(1);
    const [attendee] = attendees;
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe('mailto:personne.fictive@example.test');
    expect(attendee.getParameter('cn')).toBe('Personne Fictive');
    expect(attendee.getParameter('rsvp')).toBe('TRUE');
    expect(attendee.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');

    const tzid = event.getFirstProperty('dtstart')!.getParameter('tzid');
    expect(tzid).toBe('America/Toronto');
    expect(event.getFirstProperty('dtend')!.getParameter('tzid')).toBe(tzid);
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([tzid]);
    // 14:00 in Toronto is 18:00 UTC.
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    start.zone = zone;
    expect(start.toJSDate().toISOString()).toBe('2030-07-08T18:00:00.000Z');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, same UID and SEQUENCE', () => {
    const cancelled = { ...entry, meeting: { ...meeting, status: 'CANCELLED', sequence: 5 } as MeetingEntity };
    const { calendar, event } = parse(
      writeInvitation(cancelled, { publicUrl: 'https://concertation.example.test', locale: 'EN', method: 'CANCEL', ...people }),
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).toBe(meetingUid(meeting.id));
    expect(event.getFirstPropertyValue('sequence')).toBe(5);
    expect(String(event.getFirstProperty('attendee')!.getFirstValue()).toLowerCase()).toBe('mailto:personne.fictive@example.test');
  });

  it('leaves the feed as it was: METHOD:PUBLISH, no organizer or attendee', () => {
    const { calendar, event } = parse(writeIcs([entry], { publicUrl: 'https://concertation.example.test', locale: 'FR' }));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(event.getFirstPropertyValue('uid')).toBe(meetingUid(meeting.id));
    expect(event.getFirstProperty('organizer')).toBeNull();
    expect(event.getAllProperties('attendee')).toHaveLength(0);
  });
});
