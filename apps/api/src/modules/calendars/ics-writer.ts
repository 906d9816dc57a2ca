import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
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
 * An RFC 5545 calendar with one VEVENT per meeting: stable UID, DTSTART/DTEND in the meeting's
 * zone with a matching VTIMEZONE, SEQUENCE from the meeting, STATUS:CANCELLED when cancelled.
 */
export function writeIcs(entries: IcsMeeting[], options: { publicUrl: string; locale: IcsLocale; name?: string }): string {
  const blocks = new Map<string, string>();
  const calendar: ICalCalendar = ical({
    prodId: { company: 'Concertation', product: 'Meetings', language: options.locale },
    method: ICalCalendarMethod.PUBLISH,
    ...(options.name ? { name: options.name } : {}),
  });
  calendar.timezone({ name: null, generator: (tzid: string) => blocks.get(tzid) ?? null });
  for (const entry of entries) {
    const { meeting } = entry;
    const zone = vtimezoneOf(meeting.timeZone);
    if (zone) blocks.set(zone.tzid, zone.block);
    calendar.createEvent({
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
    });
  }
  return calendar.toString();
}
