import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type EnumValue, NotificationKind, type ActionItemStatus } from '@concertation/shared-domain';
import { ActionItemUpdateEntity } from '../modules/action-items/action-item-update.entity';
import { ActionItemEntity } from '../modules/action-items/action-item.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { AgendaItemEntity } from '../modules/meetings/agenda-item.entity';
import { toWallTime } from '../modules/meetings/zoned-time';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { TableParticipantEntity } from '../modules/round-tables/table-participant.entity';
import { type DemoKeys, type LoadedMeeting, localDay } from './demo-meetings.loader';
import { DEMO_ACTION_ITEMS, DEMO_DECISIONS, DEMO_MINUTES, type DemoActionItem, type DemoMinutes } from './demo-minutes.set';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Where a demo action item without a meeting takes its dates' zone: every demo table is in Quebec's. */
const DEFAULT_ZONE = 'America/Toronto';

type Audit = QueryDeepPartialEntity<AuditEventEntity>;

/**
 * Writes the minutes, decisions and action items of demo-minutes.set.ts, in the demo data's
 * transaction. Rows end up as MinutesService, DecisionsService and ActionItemsService leave them:
 * minutes at version 1 + one per edit with one revision per edit (each with every item's notes),
 * action items at version 1 + one per status change with one update per change or comment, and
 * completedAt on DONE; search documents are generated columns, so they follow. Each change has
 * its audit event, dated when it happened.
 */
export async function loadDemoMinutes(manager: EntityManager, keys: DemoKeys, meetings: Map<string, LoadedMeeting>): Promise<void> {
  const meetingOf = (key: string): LoadedMeeting => {
    const m = meetings.get(key);
    if (!m) throw new Error(`demo data: unknown meeting ${key}`);
    return m;
  };
  const itemOf = (meeting: LoadedMeeting, key: string): string => {
    const id = meeting.items.get(key);
    if (!id) throw new Error(`demo data: unknown agenda item ${key}`);
    return id;
  };
  const audit: Audit[] = [];

  for (const minutes of DEMO_MINUTES) await loadMinutes(manager, keys, meetingOf, itemOf, minutes, audit);

  const decisions = new Map<string, { id: string; meetingId: string; agendaItemId: string | null }>();
  for (const [i, d] of DEMO_DECISIONS.entries()) {
    const meeting = meetingOf(d.meeting);
    const agendaItemId = d.item ? itemOf(meeting, d.item) : null;
    const at = new Date(meeting.startsAt.getTime() + (i + 1) * 10 * 60_000);
    const recordedById = meeting.chairId;
    // SQL: the entity leaves recorded_at to the database, and this one is in the past.
    const [{ id }] = (await manager.query(
      `INSERT INTO decision (meeting_id, agenda_item_id, text, outcome, votes_for, votes_against, abstentions, recorded_by_id, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [meeting.id, agendaItemId, d.text, d.outcome, d.votes?.[0] ?? null, d.votes?.[1] ?? null, d.votes?.[2] ?? null, recordedById, at],
    )) as Array<{ id: string }>;
    decisions.set(d.key, { id, meetingId: meeting.id, agendaItemId });
    audit.push({ actorId: recordedById, action: 'decision.recorded', entityType: 'decision', entityId: id, tableId: meeting.tableId, at });
  }

  for (const item of DEMO_ACTION_ITEMS) {
    const meeting = item.meeting ? meetingOf(item.meeting) : null;
    const decision = item.decision ? decisions.get(item.decision) : null;
    if (item.decision && !decision) throw new Error(`demo data: unknown decision ${item.decision}`);
    // As resolveOrigin does: the meeting and agenda item default to the decision's.
    const agendaItemId = item.item && meeting ? itemOf(meeting, item.item) : (decision?.agendaItemId ?? null);
    await loadActionItem(
      manager,
      keys,
      item,
      {
        tableId: keys.table(item.table),
        meetingId: meeting?.id ?? null,
        agendaItemId,
        decisionId: decision?.id ?? null,
        zone: meeting?.timeZone ?? DEFAULT_ZONE,
      },
      audit,
    );
  }
  await manager.insert(AuditEventEntity, audit);
}

async function loadMinutes(
  manager: EntityManager,
  keys: DemoKeys,
  meetingOf: (key: string) => LoadedMeeting,
  itemOf: (meeting: LoadedMeeting, key: string) => string,
  set: DemoMinutes,
  audit: Audit[],
): Promise<void> {
  const meeting = meetingOf(set.meeting);
  const editorId = keys.user(set.secretary);
  const notes = Object.entries(set.notes).map(([key, text]) => [itemOf(meeting, key), text] as const);
  for (const [id, text] of notes) await manager.update(AgendaItemEntity, { id }, { notes: text });

  // Two edits after the meeting: the summary with the first half of the notes, then the rest.
  const edits = [Math.ceil(notes.length / 2), notes.length].map((upTo, i) => ({
    version: i + 2,
    at: new Date(meeting.endsAt.getTime() + (i + 1) * DAY_MS),
    itemNotes: Object.fromEntries(meeting.itemIds.map((id) => [id, notes.slice(0, upTo).find(([noted]) => noted === id)?.[1] ?? null])),
  }));
  const circulatedAt = set.status === 'DRAFT' ? null : new Date(meeting.endsAt.getTime() + 3 * DAY_MS);
  const later = set.approvedAt ? meetingOf(set.approvedAt) : null;
  const approvedAt = set.status === 'APPROVED' ? new Date((later?.startsAt.getTime() ?? meeting.endsAt.getTime() + 7 * DAY_MS) + 15 * 60_000) : null;
  const last = approvedAt ?? circulatedAt ?? edits[edits.length - 1].at;
  // SQL: the entities leave created_at and edited_at to the database, and these are in the past.
  const [{ id: minutesId }] = (await manager.query(
    `INSERT INTO minutes (meeting_id, status, summary, version, circulated_at, approved_at, approved_at_meeting_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [meeting.id, set.status, set.summary, edits.length + 1, circulatedAt, approvedAt, later?.id ?? null, meeting.startsAt, last],
  )) as Array<{ id: string }>;
  for (const e of edits) {
    await manager.query(`INSERT INTO minutes_revision (minutes_id, version, editor_id, edited_at, summary, item_notes) VALUES ($1, $2, $3, $4, $5, $6)`, [
      minutesId,
      e.version,
      editorId,
      e.at,
      set.summary,
      JSON.stringify(e.itemNotes),
    ]);
  }
  const event = (action: string, at: Date): Audit => ({ actorId: editorId, action, entityType: 'minutes', entityId: minutesId, tableId: meeting.tableId, at });
  for (const e of edits) audit.push(event('minutes.edited', e.at));
  if (circulatedAt) {
    audit.push(event('minutes.circulated', circulatedAt));
    await notifyCirculated(manager, meeting, editorId, circulatedAt);
  }
  if (approvedAt) audit.push(event('minutes.approved', approvedAt));
}

/** MINUTES_CIRCULATED to everyone at the table but the secretary, as MinutesService.circulate says it. */
async function notifyCirculated(manager: EntityManager, meeting: LoadedMeeting, actorId: string, at: Date): Promise<void> {
  const seats = await manager.find(TableParticipantEntity, { where: { tableId: meeting.tableId } });
  const readers = seats.filter((s) => s.userId !== actorId);
  await manager.insert(
    NotificationEntity,
    readers.map((s) => ({
      userId: s.userId,
      kind: NotificationKind.MINUTES_CIRCULATED,
      params: { meetingTitle: meeting.title },
      tableId: meeting.tableId,
      meetingId: meeting.id,
      createdAt: at,
    })),
  );
}

interface Origin {
  tableId: string;
  meetingId: string | null;
  agendaItemId: string | null;
  decisionId: string | null;
  zone: string;
}

async function loadActionItem(manager: EntityManager, keys: DemoKeys, item: DemoActionItem, origin: Origin, audit: Audit[]): Promise<void> {
  const createdById = keys.user(item.createdBy);
  const createdAt = localDay(item.createdInDays, 12, origin.zone);
  let status: EnumValue<ActionItemStatus> = 'OPEN';
  let version = 1;
  let completedAt: Date | null = null;
  const updates = item.updates.map((u, i) => {
    const at = localDay(u.inDays, 10 + i, origin.zone);
    const changed = u.status !== undefined && u.status !== status;
    if (changed) {
      status = u.status as EnumValue<ActionItemStatus>;
      version += 1;
      completedAt = status === 'DONE' ? at : null;
    }
    return { authorId: keys.user(u.author), body: u.body ?? null, status: changed ? status : null, createdAt: at };
  });
  const row = await manager.insert(ActionItemEntity, {
    tableId: origin.tableId,
    meetingId: origin.meetingId,
    agendaItemId: origin.agendaItemId,
    decisionId: origin.decisionId,
    title: item.title,
    description: item.description,
    assigneeId: item.assignee ? keys.user(item.assignee) : null,
    assigneeOrganizationId: item.organization ? keys.organization(item.organization) : null,
    dueOn: item.dueInDays === null ? null : localDate(item.dueInDays, origin.zone),
    status,
    createdById,
    createdAt,
    completedAt,
    version,
  });
  const id: string = row.identifiers[0].id;
  await manager.insert(
    ActionItemUpdateEntity,
    updates.map((u) => ({ ...u, actionItemId: id })),
  );
  audit.push({ actorId: createdById, action: 'actionItem.created', entityType: 'actionItem', entityId: id, tableId: origin.tableId, at: createdAt });
  for (const u of updates)
    audit.push({ actorId: u.authorId, action: 'actionItem.progressed', entityType: 'actionItem', entityId: id, tableId: origin.tableId, at: u.createdAt });
}

/** Today + `inDays` as YYYY-MM-DD on the calendar of `zone`. */
function localDate(inDays: number, zone: string): string {
  const today = toWallTime(new Date(), zone);
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + inDays)).toISOString().slice(0, 10);
}
