import { NotificationKind } from '@concertation/shared-domain';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { MeetingEntity } from './meeting.entity';
import type { MeetingNotice } from './meeting-activity';

/**
 * The texts of meeting notifications (French, like the platform's other notifications). Meeting
 * titles are readable by everyone who sits at the table; agenda items are listed only as each
 * reader may see them: an in-camera title never goes to someone who may not read it.
 */

type MeetingText = Pick<MeetingEntity, 'title' | 'startsAt' | 'endsAt' | 'timeZone' | 'location' | 'onlineUrl'>;

/** "mardi 12 janvier 2027 à 09 h 00 (America/Toronto)", in the meeting's own zone. */
export function whenText(meeting: Pick<MeetingEntity, 'startsAt' | 'timeZone'>): string {
  const when = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'full', timeStyle: 'short', timeZone: meeting.timeZone }).format(meeting.startsAt);
  return `${when} (${meeting.timeZone})`;
}

function details(meeting: MeetingText, tableName: string): string {
  const lines = [`Table : ${tableName}`, `Date : ${whenText(meeting)}`];
  if (meeting.location) lines.push(`Lieu : ${meeting.location}`);
  if (meeting.onlineUrl) lines.push(`En ligne : ${meeting.onlineUrl}`);
  return lines.join('\n');
}

export function scheduledNotice(first: MeetingText, tableName: string, count: number): MeetingNotice {
  const series = count > 1 ? `\n\nSérie de ${count} réunions ; celle-ci est la première.` : '';
  return {
    kind: NotificationKind.MEETING_SCHEDULED,
    title: `Nouvelle réunion : ${first.title}`,
    body: () => `${details(first, tableName)}${series}`,
  };
}

export function changedNotice(meeting: MeetingText, tableName: string): MeetingNotice {
  return { kind: NotificationKind.MEETING_CHANGED, title: `Réunion modifiée : ${meeting.title}`, body: () => details(meeting, tableName) };
}

export function cancelledNotice(meeting: MeetingText, tableName: string, reason: string | null): MeetingNotice {
  return {
    kind: NotificationKind.MEETING_CANCELLED,
    title: `Réunion annulée : ${meeting.title}`,
    body: () => `${details(meeting, tableName)}${reason ? `\n\nMotif : ${reason}` : ''}`,
  };
}

/** The agenda as each reader may see it, numbered within what they see. */
export function agendaPublishedNotice(meeting: MeetingText, tableName: string, items: AgendaItemEntity[]): MeetingNotice {
  return {
    kind: NotificationKind.AGENDA_PUBLISHED,
    title: `Ordre du jour publié : ${meeting.title}`,
    body: (inCamera) => {
      const visible = items.filter((item) => inCamera || item.confidentiality !== 'IN_CAMERA');
      const agenda = visible.map((item, i) => `${i + 1}. ${item.title}`).join('\n');
      return `${details(meeting, tableName)}${agenda ? `\n\n${agenda}` : ''}`;
    },
  };
}
