import { NotificationKind } from '@concertation/shared-domain';
import type { MeetingFacts } from '../notifications/notification-texts';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { MeetingEntity } from './meeting.entity';
import type { MeetingNotice } from './meeting-activity';

/**
 * What meeting notifications are made of (their texts are in notification-texts.ts, in each reader's
 * language). Meeting titles are readable by everyone who sits at the table; agenda items are listed
 * only as each reader may see them: an in-camera title never goes to someone who may not read it.
 */

type MeetingText = Pick<MeetingEntity, 'title' | 'startsAt' | 'location' | 'onlineUrl'>;

function facts(meeting: MeetingText, tableName: string): MeetingFacts {
  return {
    meetingTitle: meeting.title,
    tableName,
    startsAt: new Date(meeting.startsAt).toISOString(),
    location: meeting.location ?? null,
    onlineUrl: meeting.onlineUrl ?? null,
  };
}

export function scheduledNotice(first: MeetingText, tableName: string, count: number): MeetingNotice {
  return { kind: NotificationKind.MEETING_SCHEDULED, params: () => ({ ...facts(first, tableName), seriesCount: count }) };
}

export function changedNotice(meeting: MeetingText, tableName: string): MeetingNotice {
  return { kind: NotificationKind.MEETING_CHANGED, params: () => facts(meeting, tableName) };
}

export function cancelledNotice(meeting: MeetingText, tableName: string, reason: string | null): MeetingNotice {
  return { kind: NotificationKind.MEETING_CANCELLED, params: () => ({ ...facts(meeting, tableName), reason: reason || null }) };
}

/** The agenda as each reader may see it, numbered within what they see. */
export function agendaPublishedNotice(meeting: MeetingText, tableName: string, items: AgendaItemEntity[]): MeetingNotice {
  return {
    kind: NotificationKind.AGENDA_PUBLISHED,
    params: (inCamera) => ({
      ...facts(meeting, tableName),
      agenda: items.filter((item) => inCamera || item.confidentiality !== 'IN_CAMERA').map((item) => item.title),
    }),
  };
}
