import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, type ICalCalendar, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { EnumValue, MeetingStatus, Locale } from '@concertation/shared-domain';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { paths } from '@concertation/shared-paths';

// ical-generator formats a plain Date in the server's own zone; a dayjs object with the tz plugin
// is turned into the meeting's zone correctly, daylight-saving changes included.
dayjs.extend(utc);
dayjs.extend(timezone);

/** One meeting as a calendar shows it to one person: only the agenda items they may see. */
export interface IcsMeeting {
  meeting: MeetingEntity;
  tableName: string;
  /** Titles of the published agenda's items the reader may see, in order; empty when not published. */
  agenda: string[];
}

export type IcsLocale = EnumValue<Locale>;

const TEXTS: Record<IcsLocale, { table: string; online: string; agenda: string }> = {
  FR: { table: 'Table : ', online: 'En ligne : ', agenda: 'Ordre du jour :' },
  EN: { table: 'Table: ', online: 'Online: ', agenda: 'Agenda:' },
};

const STATUS: Record<EnumValue<MeetingStatus>, ICalEventStatus> = {
  DRAFT: ICalEventStatus.TENTATIVE,
  SCHEDULED: ICalEventStatus.CONFIRMED,
  IN_PROGRESS: ICalEventStatus.CONFIRMED,
  ADJOURNED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/** A UID that stays the same across downloads and feeds, so calendars update the event instead of adding one. */
export const meetingUid = (meetingId: string) => `${meetingId}@concertation`;

/**
 * The TZID the VTIMEZONE library knows this zone by (links such as America/Montreal become
 * America/Toronto), so that DTSTART's TZID and the VTIMEZONE always match; null when it has none.
 */
function vtimezoneOf(zone: string): { tzid: string; block: string } | null {
  if (zone === 'UTC' || zone === 'Etc/UTC') return null;
  const found = tzlib_get_ical_block(zone);
  if (!Array.isArray(found) || !found[0] || !found[1]?.startsWith('TZID=')) return null;
  return { tzid: found[1].slice('TZID='.length), block: found[0] };
}

function description(entry: IcsMeeting, locale: IcsLocale): string {
  const t = TEXTS[locale];
  const lines = [`${t.table}${entry.tableName}`];
  if (entry.meeting.onlineUrl) lines.push(`${t.online}${entry.meeting.onlineUrl}`);
  if (entry.agenda.length > 0) lines.push('', t.agenda, ...entry.agenda.map((title, i) => `${i + 1}. ${title}`));
  return lines.join('\n');
}

/**
 * A calendar whose VTIMEZONEs are the ones its events name: each event added through `addEvent`
 * registers its zone's block, and ical-generator writes one VTIMEZONE per TZID it met.
 */
function newCalendar(locale: IcsLocale, method: ICalCalendarMethod, name?: string) {
  const blocks = new Map<string, string>();
  const calendar: ICalCalendar = ical({
    prodId: { company: 'Concertation', product: 'Meetings', language: locale },
    method,
    ...(name ? { name } : {}),
  });
  calendar.timezone({ name: null, generator: (tzid: string) => blocks.get(tzid) ?? null });
  const addEvent = (data: ICalEventData & { zone: { tzid: string; block: string } | null }) => {
    const { zone, ...event } = data;
    if (zone) blocks.set(zone.tzid, zone.block);
    return calendar.createEvent(event);
  };
  return { calendar, addEvent };
}

/**
 * One meeting's VEVENT, the same in a feed, a download and an invitation: stable UID, SEQUENCE
 * from the meeting, DTSTART/DTEND in the meeting's zone (whose VTIMEZONE the caller adds).
 */
function meetingEvent(entry: IcsMeeting, options: { publicUrl: string; locale: IcsLocale }): ICalEventData & { zone: { tzid: string; block: string } | null } {
  const { meeting } = entry;
  const zone = vtimezoneOf(meeting.timeZone);
  return {
    zone,
    id: meetingUid(meeting.id),
    sequence: meeting.sequence,
    // Without a VTIMEZONE for the zone, UTC times are still right everywhere.
    start: zone ? dayjs(meeting.startsAt).tz(zone.tzid) : meeting.startsAt,
    end: zone ? dayjs(meeting.endsAt).tz(zone.tzid) : meeting.endsAt,
    timezone: zone?.tzid ?? null,
    summary: meeting.title,
    location: meeting.location ?? meeting.onlineUrl ?? null,
    description: description(entry, options.locale),
    url: `${options.publicUrl}${paths.meeting(meeting.id)}`,
    status: STATUS[meeting.status],
    created: meeting.createdAt,
    lastModified: meeting.updatedAt,
  };
}

/**
 * An RFC 5545 calendar with one VEVENT per meeting: stable UID, DTSTART/DTEND in the meeting's
 * zone with a matching VTIMEZONE, SEQUENCE from the meeting, STATUS:CANCELLED when cancelled.
 */
export function writeIcs(entries: IcsMeeting[], options: { publicUrl: string; locale: IcsLocale; name?: string }): string {
  const { calendar, addEvent } = newCalendar(options.locale, ICalCalendarMethod.PUBLISH, options.name);
  for (const entry of entries) addEvent(meetingEvent(entry, options));
  return calendar.toString();
}

/** A person as an iTIP message names them. */
export interface IcsPerson {
  name: string;
  email: string;
}

/**
 * An RFC 5546 (iTIP) invitation to one meeting for one attendee, to attach to an e-mail: METHOD
 * REQUEST to invite or update (calendars match it to the event by UID and keep the highest
 * SEQUENCE), METHOD CANCEL with STATUS:CANCELLED to take it out of their calendar.
 */
export function writeInvitation(
  entry: IcsMeeting,
  options: { publicUrl: string; locale: IcsLocale; method: 'REQUEST' | 'CANCEL'; organizer: IcsPerson; attendee: IcsPerson },
): string {
  const method = options.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const { calendar, addEvent } = newCalendar(options.locale, method);
  const event = meetingEvent(entry, options);
  addEvent({
    ...event,
    status: options.method === 'CANCEL' ? ICalEventStatus.CANCELLED : event.status,
    organizer: { name: options.organizer.name, email: options.organizer.email },
    attendees: [
      {
        name: options.attendee.name,
        email: options.attendee.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: true,
      },
    ],
  });
  return calendar.toString();
}
