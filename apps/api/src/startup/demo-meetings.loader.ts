import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { NotificationKind, seesInCamera } from '@concertation/shared-domain';
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
import { ProxyEntity } from '../modules/representation/proxy.entity';
import { SubstitutionEntity } from '../modules/representation/substitution.entity';
import { OrganizationEntity } from '../modules/directory/organization.entity';
import { UserEntity } from '../modules/accounts/user.entity';
import { DEMO_SETUP_DAYS_AGO } from './demo-data.set';
import { DEMO_MEETINGS, DEMO_PROXY, DEMO_SERIES, DEMO_SUBSTITUTION, type DemoItem, type DemoMeeting } from './demo-meetings.set';

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

/**
 * A demo meeting as loaded, with what its AGENDA_PUBLISHED notification says: its row in the data
 * set, when its agenda was published, and that agenda as it stands (demo-network.loader.ts appends
 * the referrals a table accepts before it notifies).
 */
export interface WrittenMeeting extends LoadedMeeting {
  set: DemoMeeting;
  publishedAt: Date | null;
  agenda: Array<Pick<AgendaItemEntity, 'title' | 'confidentiality'>>;
}

type Audit = QueryDeepPartialEntity<AuditEventEntity>;

/** Writes the demo meetings with the caller's manager, in the demo data's transaction; returns the non-series ones by key. */
export async function loadDemoMeetings(manager: EntityManager, keys: DemoKeys): Promise<Map<string, LoadedMeeting>> {
  const seats = await manager.find(TableParticipantEntity);
  const audit: Audit[] = [];
  const itemIds = new Map<string, string>();
  const loaded = new Map<string, LoadedMeeting>();

  for (const m of DEMO_MEETINGS) {
    const meeting = await loadMeeting(manager, keys, seats, m, audit, itemIds);
    loaded.set(m.key, meeting);
    if (m.status !== 'ADJOURNED') await notifyAgenda(manager, seats, meeting);
  }

  // A monthly series, expanded in the table's zone like scheduleMeeting does; the first has a draft agenda.
  const tableId = keys.table(DEMO_SERIES.table);
  const timeZone = await zoneOf(manager, tableId);
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
    if (i === 0) await insertItems(manager, keys, meetingId, DEMO_SERIES.firstAgenda, itemIds);
    audit.push({ actorId: chairId, action: 'meeting.scheduled', entityType: 'meeting', entityId: meetingId, tableId, at: new Date(Date.now() - 2 * DAY_MS) });
  }
  const proxyMeeting = loaded.get(DEMO_PROXY.meeting);
  if (proxyMeeting) {
    const givenBy = keys.user(DEMO_PROXY.givenBy);
    const proxy = await manager.insert(ProxyEntity, {
      meetingId: proxyMeeting.id,
      fromOrganizationId: keys.organization(DEMO_PROXY.from),
      toOrganizationId: keys.organization(DEMO_PROXY.to),
      createdById: givenBy,
    });
    audit.push({
      actorId: givenBy,
      action: 'proxy.granted',
      entityType: 'proxy',
      entityId: proxy.identifiers[0].id,
      tableId: proxyMeeting.tableId,
      at: new Date(Date.now() - DAY_MS),
    });
  }
  const substituteMeeting = loaded.get(DEMO_SUBSTITUTION.meeting);
  if (substituteMeeting) await loadSubstitution(manager, keys, substituteMeeting, audit);
  await manager.insert(AuditEventEntity, audit);
  return loaded;
}

/** The demo substitution, as sendSubstitute leaves it: the row, its audit event and the substitute's SUBSTITUTE_INVITED. */
async function loadSubstitution(manager: EntityManager, keys: DemoKeys, meeting: LoadedMeeting, audit: Audit[]): Promise<void> {
  const s = DEMO_SUBSTITUTION;
  const sentBy = keys.user(s.sentBy);
  const substituteId = keys.user(s.substitute);
  const organizationId = keys.organization(s.organization);
  const at = new Date(Date.now() - DAY_MS);
  const row = await manager.insert(SubstitutionEntity, {
    meetingId: meeting.id,
    organizationId,
    substituteId,
    replacesId: keys.user(s.replaces),
    note: s.note,
    createdById: sentBy,
    createdAt: at,
  });
  audit.push({ actorId: sentBy, action: 'substitution.sent', entityType: 'substitution', entityId: row.identifiers[0].id, tableId: meeting.tableId, at });
  const set = DEMO_MEETINGS.find((m) => m.key === s.meeting);
  // One after the other: the demo data's transaction has one connection.
  const table = await manager.findOneByOrFail(RoundTableEntity, { id: meeting.tableId });
  const organization = await manager.findOneByOrFail(OrganizationEntity, { id: organizationId });
  const sender = await manager.findOneByOrFail(UserEntity, { id: sentBy });
  await manager.insert(NotificationEntity, {
    userId: substituteId,
    kind: NotificationKind.SUBSTITUTE_INVITED,
    params: {
      meetingTitle: meeting.title,
      tableName: table.name,
      startsAt: meeting.startsAt.toISOString(),
      location: set?.location ?? null,
      onlineUrl: set?.onlineUrl ?? null,
      organizationName: organization.name,
      senderName: sender.displayName,
      note: s.note,
    },
    tableId: meeting.tableId,
    meetingId: meeting.id,
    createdAt: at,
  });
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

/** The zone of a table's first region: the one its meetings are scheduled in. */
async function zoneOf(manager: EntityManager, tableId: string): Promise<string> {
  const [{ time_zone: timeZone }] = (await manager.query(
    `SELECT r.time_zone FROM round_table_region rtr JOIN region r ON r.id = rtr.region_id WHERE rtr.table_id = $1 ORDER BY rtr.position LIMIT 1`,
    [tableId],
  )) as Array<{ time_zone: string }>;
  return timeZone;
}

/** Writes a meeting's agenda items in order; `carried` holds the ids of keyed items (for carry-overs) and learns these. */
async function insertItems(manager: EntityManager, keys: DemoKeys, meetingId: string, items: DemoItem[], carried: Map<string, string>): Promise<string[]> {
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
      carriedOverFromId: item.carriedOverFrom ? (carried.get(item.carriedOverFrom) ?? null) : null,
    });
    if (item.key) carried.set(item.key, row.identifiers[0].id);
    ids.push(row.identifiers[0].id);
  }
  return ids;
}

/**
 * Writes one meeting of a data set as the API leaves it: its row, agenda, RSVPs and attendance,
 * and its audit events (into `audit`, for the caller to insert). Its AGENDA_PUBLISHED is the
 * caller's to send, with notifyAgenda, once the agenda is complete.
 */
export async function loadMeeting(
  manager: EntityManager,
  keys: DemoKeys,
  seats: TableParticipantEntity[],
  m: DemoMeeting,
  audit: Audit[],
  carried: Map<string, string>,
): Promise<WrittenMeeting> {
  const tableId = keys.table(m.table);
  const timeZone = await zoneOf(manager, tableId);
  const seatOf = (userKey: string) => {
    const seat = seats.find((s) => s.tableId === tableId && s.userId === keys.user(userKey));
    if (!seat) throw new Error(`demo data: ${userKey} does not sit at table ${m.table}`);
    return seat;
  };
  const startsAt =
    m.startedMinutesAgo === undefined ? localDay(m.inDays, m.hour, timeZone) : new Date(Math.floor(Date.now() / 60_000 - m.startedMinutesAgo) * 60_000);
  const endsAt = new Date(startsAt.getTime() + m.hours * 3600_000);
  const chairId = keys.user(m.chair);
  // A month ahead, but never before the table's people took their seats (demo-data.loader.ts).
  const scheduledAt = new Date(Math.max(Math.min(startsAt.getTime(), Date.now()) - 30 * DAY_MS, Date.now() - (DEMO_SETUP_DAYS_AGO - 4) * DAY_MS));
  const publishedAt = m.agendaPublished ? new Date(Math.min(startsAt.getTime() - 7 * DAY_MS, Date.now() - DAY_MS)) : null;
  const row = await manager.insert(MeetingEntity, meetingRow(m, tableId, startsAt, timeZone, chairId, publishedAt));
  const id: string = row.identifiers[0].id;
  const itemIds = await insertItems(manager, keys, id, m.items, carried);
  const items = new Map(m.items.flatMap((item, i) => (item.key ? [[item.key, itemIds[i]] as const] : [])));
  if (m.rsvps?.length) {
    await manager.insert(
      RsvpEntity,
      m.rsvps.map(([user, response]) => ({ meetingId: id, participantId: seatOf(user).id, response, respondedAt: scheduledAt })),
    );
  }
  if (m.attendance?.length) {
    await manager.insert(
      AttendanceEntity,
      m.attendance.map(([user, status]) => ({
        meetingId: id,
        userId: keys.user(user),
        organizationId: seatOf(user).organizationId,
        status,
        recordedAt: startsAt,
      })),
    );
  }
  const event = (action: string, at: Date): Audit => ({ actorId: chairId, action, entityType: 'meeting', entityId: id, tableId, at });
  audit.push(event('meeting.scheduled', scheduledAt));
  if (publishedAt) audit.push(event('agenda.published', publishedAt));
  if (m.status === 'ADJOURNED') audit.push(event('meeting.started', startsAt), event('meeting.adjourned', endsAt));
  if (m.status === 'IN_PROGRESS') audit.push(event('meeting.started', startsAt));
  const agenda = m.items.map((item) => ({ title: item.title, confidentiality: item.inCamera ? ('IN_CAMERA' as const) : ('MEMBERS' as const) }));
  return { id, tableId, title: m.title, startsAt, endsAt, timeZone, chairId, items, itemIds, set: m, publishedAt, agenda };
}

/** AGENDA_PUBLISHED, if the agenda is, for everyone at the table but the chair, without in-camera titles for observers. */
export async function notifyAgenda(manager: EntityManager, seats: TableParticipantEntity[], m: WrittenMeeting): Promise<void> {
  const publishedAt = m.publishedAt;
  if (!publishedAt) return;
  const table = await manager.findOneByOrFail(RoundTableEntity, { id: m.tableId });
  const notice = agendaPublishedNotice(
    { title: m.title, startsAt: m.startsAt, location: m.set.location, onlineUrl: m.set.onlineUrl },
    table.name,
    m.agenda as AgendaItemEntity[],
  );
  const readers = seats.filter((s) => s.tableId === m.tableId && s.userId !== m.chairId);
  if (readers.length === 0) return;
  await manager.insert(
    NotificationEntity,
    readers.map((s) => ({
      userId: s.userId,
      kind: notice.kind,
      params: notice.params(seesInCamera(s.role)),
      tableId: m.tableId,
      meetingId: m.id,
      createdAt: publishedAt,
    })),
  );
}
