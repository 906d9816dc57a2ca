import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { seesInCamera } from '@concertation/shared-domain';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { AgendaItemEntity } from '../modules/meetings/agenda-item.entity';
import { AttendanceEntity } from '../modules/meetings/attendance.entity';
import { agendaPublishedNotice } from '../modules/meetings/meeting-notices';
import { MeetingEntity } from '../modules/meetings/meeting.entity';
import { expandRecurrence } from '../modules/meetings/recurrence';
import { RsvpEntity } from '../modules/meetings/rsvp.entity';
import { fromWallTime, toWallTime } from '../modules/meetings/zoned-time';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { RoundTableEntity } from '../modules/round-tables/round-table.entity';
import { TableParticipantEntity } from '../modules/round-tables/table-participant.entity';
import { DEMO_MEETINGS, DEMO_SERIES, type DemoItem, type DemoMeeting } from './demo-meetings.set';

/** Turns the data set's keys into ids (see demo-data.loader.ts). */
export interface DemoKeys {
  table(key: string): string;
  user(key: string): string;
  organization(key: string): string;
}

/** A demo meeting as loaded: what the minutes and action items of demo-minutes.loader.ts hang off. */
export interface LoadedMeeting {
  id: string;
  tableId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  chairId: string;
  /** Agenda item ids by their key in the data set, and every item id in agenda order. */
  items: Map<string, string>;
  itemIds: string[];
}

const DAY_MS = 86_400_000;

/** `inDays` days from today at `hour`:00, on the clocks of `zone`. */
export function localDay(inDays: number, hour: number, zone: string): Date {
  const today = toWallTime(new Date(), zone);
  return fromWallTime(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + inDays, hour)), zone);
}

/** Writes the demo meetings with the caller's manager, in the demo data's transaction; returns the non-series ones by key. */
export async function loadDemoMeetings(manager: EntityManager, keys: DemoKeys): Promise<Map<string, LoadedMeeting>> {
  const seats = await manager.find(TableParticipantEntity);
  const seatOf = (tableId: string, userKey: string) => {
    const seat = seats.find((s) => s.tableId === tableId && s.userId === keys.user(userKey));
    if (!seat) throw new Error(`demo data: ${userKey} does not sit at table ${tableId}`);
    return seat;
  };
  const zoneOf = async (tableId: string): Promise<string> =>
    (
      await manager.query(
        `SELECT r.time_zone FROM round_table_region rtr JOIN region r ON r.id = rtr.region_id WHERE rtr.table_id = $1 ORDER BY rtr.position LIMIT 1`,
        [tableId],
      )
    )[0].time_zone;
  const audit: Array<QueryDeepPartialEntity<AuditEventEntity>> = [];
  const itemIds = new Map<string, string>();
  const loaded = new Map<string, LoadedMeeting>();

  const insertItems = async (meetingId: string, items: DemoItem[]): Promise<string[]> => {
    const ids: string[] = [];
    for (const [i, item] of items.entries()) {
      const row = await manager.insert(AgendaItemEntity, {
        meetingId,
        position: i + 1,
        title: item.title,
        description: item.description ?? null,
        kind: item.kind,
        status: item.status ?? 'PENDING',
        confidentiality: item.inCamera ? 'IN_CAMERA' : 'MEMBERS',
        durationMinutes: item.minutes,
        presenterId: item.presenter ? keys.user(item.presenter) : null,
        presenterOrganizationId: null,
        carriedOverFromId: item.carriedOverFrom ? (itemIds.get(item.carriedOverFrom) ?? null) : null,
      });
      if (item.key) itemIds.set(item.key, row.identifiers[0].id);
      ids.push(row.identifiers[0].id);
    }
    return ids;
  };

  for (const m of DEMO_MEETINGS) {
    const tableId = keys.table(m.table);
    const timeZone = await zoneOf(tableId);
    const startsAt = localDay(m.inDays, m.hour, timeZone);
    const chairId = keys.user(m.chair);
    // A month ahead, but never before the table's people took their seats (57 days ago).
    const scheduledAt = new Date(Math.max(Math.min(startsAt.getTime(), Date.now()) - 30 * DAY_MS, Date.now() - 56 * DAY_MS));
    const publishedAt = m.agendaPublished ? new Date(Math.min(startsAt.getTime() - 7 * DAY_MS, Date.now() - DAY_MS)) : null;
    const row = await manager.insert(MeetingEntity, meetingRow(m, tableId, startsAt, timeZone, chairId, publishedAt));
    const meetingId: string = row.identifiers[0].id;
    const ids = await insertItems(meetingId, m.items);
    const endsAt = new Date(startsAt.getTime() + m.hours * 3600_000);
    const items = new Map(m.items.flatMap((item, i) => (item.key ? [[item.key, ids[i]] as const] : [])));
    loaded.set(m.key, { id: meetingId, tableId, title: m.title, startsAt, endsAt, timeZone, chairId, items, itemIds: ids });
    if (m.rsvps?.length) {
      await manager.insert(
        RsvpEntity,
        m.rsvps.map(([user, response]) => ({ meetingId, participantId: seatOf(tableId, user).id, response, respondedAt: scheduledAt })),
      );
    }
    if (m.attendance?.length) {
      await manager.insert(
        AttendanceEntity,
        m.attendance.map(([user, status]) => ({
          meetingId,
          userId: keys.user(user),
          organizationId: seatOf(tableId, user).organizationId,
          status,
          recordedAt: startsAt,
        })),
      );
    }
    audit.push({ actorId: chairId, action: 'meeting.scheduled', entityType: 'meeting', entityId: meetingId, tableId, at: scheduledAt });
    if (publishedAt) audit.push({ actorId: chairId, action: 'agenda.published', entityType: 'meeting', entityId: meetingId, tableId, at: publishedAt });
    if (m.status === 'ADJOURNED') {
      audit.push({ actorId: chairId, action: 'meeting.started', entityType: 'meeting', entityId: meetingId, tableId, at: startsAt });
      audit.push({
        actorId: chairId,
        action: 'meeting.adjourned',
        entityType: 'meeting',
        entityId: meetingId,
        tableId,
        at: new Date(startsAt.getTime() + m.hours * 3600_000),
      });
    } else if (publishedAt) {
      await notifyAgenda(manager, seats, { id: meetingId, tableId, chairId, publishedAt, startsAt, timeZone, meeting: m });
    }
  }

  // A monthly series, expanded in the table's zone like scheduleMeeting does; the first has a draft agenda.
  const tableId = keys.table(DEMO_SERIES.table);
  const timeZone = await zoneOf(tableId);
  const chairId = keys.user(DEMO_SERIES.chair);
  const firstStart = localDay(1, DEMO_SERIES.hour, timeZone);
  const occurrences = expandRecurrence(
    DEMO_SERIES.rule,
    { startsAt: firstStart, endsAt: new Date(firstStart.getTime() + DEMO_SERIES.hours * 3600_000) },
    timeZone,
    DEMO_SERIES.occurrences,
  );
  const seriesId = randomUUID();
  for (const [i, time] of occurrences.entries()) {
    const row = await manager.insert(MeetingEntity, {
      tableId,
      seriesId,
      title: DEMO_SERIES.title,
      status: 'DRAFT',
      startsAt: time.startsAt,
      endsAt: time.endsAt,
      timeZone,
      location: DEMO_SERIES.location,
      onlineUrl: null,
      agendaPublishedAt: null,
      currentItemId: null,
      cancelledReason: null,
      sequence: 0,
      createdById: chairId,
    });
    const meetingId: string = row.identifiers[0].id;
    if (i === 0) await insertItems(meetingId, DEMO_SERIES.firstAgenda);
    audit.push({ actorId: chairId, action: 'meeting.scheduled', entityType: 'meeting', entityId: meetingId, tableId, at: new Date(Date.now() - 2 * DAY_MS) });
  }
  await manager.insert(AuditEventEntity, audit);
  return loaded;
}

function meetingRow(
  m: DemoMeeting,
  tableId: string,
  startsAt: Date,
  timeZone: string,
  chairId: string,
  publishedAt: Date | null,
): QueryDeepPartialEntity<MeetingEntity> {
  return {
    tableId,
    seriesId: null,
    title: m.title,
    status: m.status,
    startsAt,
    endsAt: new Date(startsAt.getTime() + m.hours * 3600_000),
    timeZone,
    location: m.location,
    onlineUrl: m.onlineUrl,
    agendaPublishedAt: publishedAt,
    currentItemId: null,
    cancelledReason: null,
    sequence: publishedAt ? 1 : 0,
    createdById: chairId,
  };
}

/** AGENDA_PUBLISHED for everyone at the table but the chair, without in-camera titles for observers. */
async function notifyAgenda(
  manager: EntityManager,
  seats: TableParticipantEntity[],
  target: { id: string; tableId: string; chairId: string; publishedAt: Date; startsAt: Date; timeZone: string; meeting: DemoMeeting },
): Promise<void> {
  const table = await manager.findOneByOrFail(RoundTableEntity, { id: target.tableId });
  const items = target.meeting.items.map((item) => ({ title: item.title, confidentiality: item.inCamera ? 'IN_CAMERA' : 'MEMBERS' })) as AgendaItemEntity[];
  const notice = agendaPublishedNotice(
    {
      title: target.meeting.title,
      startsAt: target.startsAt,
      endsAt: target.startsAt,
      timeZone: target.timeZone,
      location: target.meeting.location,
      onlineUrl: target.meeting.onlineUrl,
    },
    table.name,
    items,
  );
  const readers = seats.filter((s) => s.tableId === target.tableId && s.userId !== target.chairId);
  if (readers.length === 0) return;
  await manager.insert(
    NotificationEntity,
    readers.map((s) => ({
      userId: s.userId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body(seesInCamera(s.role)),
      tableId: target.tableId,
      meetingId: target.id,
      createdAt: target.publishedAt,
    })),
  );
}
