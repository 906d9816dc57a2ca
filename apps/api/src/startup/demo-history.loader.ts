import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  type ActionItemStatus,
  type AgendaItemKind,
  type AttendanceStatus,
  type EnumValue,
  type RsvpResponse,
  tallyVote,
  voteOptions,
} from '@concertation/shared-domain';
import { ActionItemUpdateEntity } from '../modules/action-items/action-item-update.entity';
import { ActionItemEntity } from '../modules/action-items/action-item.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { AgendaItemEntity } from '../modules/meetings/agenda-item.entity';
import { AttendanceEntity } from '../modules/meetings/attendance.entity';
import { MeetingEntity } from '../modules/meetings/meeting.entity';
import { RsvpEntity } from '../modules/meetings/rsvp.entity';
import { toWallTime } from '../modules/meetings/zoned-time';
import { TableMembershipEntity } from '../modules/round-tables/table-membership.entity';
import { TableParticipantEntity } from '../modules/round-tables/table-participant.entity';
import { BallotEntity } from '../modules/votes/ballot.entity';
import { VoteEntity } from '../modules/votes/vote.entity';
import { loadDemoConsultations } from './demo-consultations.loader';
import { DEMO_MEMBERSHIPS } from './demo-data.set';
import {
  DEMO_HISTORY_CONSULTATIONS,
  DEMO_HISTORY_REFERRALS,
  DEMO_HISTORY_TABLES,
  type DemoHistoryReferral,
  type DemoHistoryTable,
  type DemoHistoryTask,
} from './demo-history.set';
import { type DemoKeys, localDay } from './demo-meetings.loader';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Rows per INSERT: far below PostgreSQL's 65,535 parameters for the widest of these rows. */
const CHUNK = 500;
/** Every demo table is in Quebec: the zone of the times of day of referrals. */
const ZONE = 'America/Toronto';

type Audit = QueryDeepPartialEntity<AuditEventEntity>;
type Seat = TableParticipantEntity;

const ATTENDANCE: Record<string, EnumValue<AttendanceStatus>> = { P: 'PRESENT', A: 'ABSENT', E: 'EXCUSED' };
/** What each one had answered to the invitation: those excused had said so, those absent had not made up their mind. */
const RSVP: Record<string, EnumValue<RsvpResponse>> = { P: 'ATTENDING', A: 'TENTATIVE', E: 'DECLINED' };

const STARTED = ['Travail commencé.', 'Premiers contacts faits avec les partenaires (fictifs).', 'Une première version circule.'];
const FINISHED = ['Terminé ; le document est déposé dans les documents de la table.', 'Fait et présenté à la table.', 'Terminé.'];
const FOLLOW_UPS = ['Relance faite auprès des partenaires.', 'En attente de réponses des partenaires.'];

/**
 * A held meeting of the history, as the referrals find it: the item its topic is on, and its
 * agenda rows (an accepted referral appends its item, as decideReferral does).
 */
interface HeldMeeting {
  id: string;
  tableId: string;
  startsAt: Date;
  chairId: string;
  topicItemId: string;
  items: Array<QueryDeepPartialEntity<AgendaItemEntity>>;
}

/** Rows of `decision` and `referral`, whose entities leave recorded_at and referred_at to the database: written with SQL. */
interface DecisionRow {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  text: string;
  outcome: string;
  votes_for: number | null;
  votes_against: number | null;
  abstentions: number | null;
  recorded_by_id: string;
  recorded_at: string;
}
interface ReferralRow {
  id: string;
  from_table_id: string;
  to_table_id: string;
  source_item_id: string | null;
  title: string;
  rationale: string;
  status: 'ACCEPTED' | 'DECLINED';
  referred_by_id: string;
  referred_at: string;
  decided_by_id: string;
  decided_at: string;
  response: string | null;
  scheduled_item_id: string | null;
}

/** Every row of the history, gathered in memory and then written a table at a time. */
class HistoryRows {
  readonly meetings: Array<QueryDeepPartialEntity<MeetingEntity>> = [];
  readonly items: Array<QueryDeepPartialEntity<AgendaItemEntity>> = [];
  readonly rsvps: Array<QueryDeepPartialEntity<RsvpEntity>> = [];
  readonly attendance: Array<QueryDeepPartialEntity<AttendanceEntity>> = [];
  readonly decisions: DecisionRow[] = [];
  readonly votes: Array<QueryDeepPartialEntity<VoteEntity>> = [];
  readonly ballots: Array<QueryDeepPartialEntity<BallotEntity>> = [];
  readonly actionItems: Array<QueryDeepPartialEntity<ActionItemEntity>> = [];
  readonly updates: Array<QueryDeepPartialEntity<ActionItemUpdateEntity>> = [];
  readonly referrals: ReferralRow[] = [];
  readonly audit: Audit[] = [];

  /** In the order of the foreign keys: a dozen statements for the whole year. */
  async write(manager: EntityManager): Promise<void> {
    await insertAll(manager, MeetingEntity, this.meetings);
    await insertAll(manager, AgendaItemEntity, this.items);
    await manager.query(
      `INSERT INTO decision (id, meeting_id, agenda_item_id, text, outcome, votes_for, votes_against, abstentions, recorded_by_id, recorded_at)
       SELECT d.* FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, meeting_id uuid, agenda_item_id uuid, text text, outcome varchar,
         votes_for int, votes_against int, abstentions int, recorded_by_id uuid, recorded_at timestamptz)`,
      [JSON.stringify(this.decisions)],
    );
    await insertAll(manager, VoteEntity, this.votes);
    await insertAll(manager, BallotEntity, this.ballots);
    await insertAll(manager, ActionItemEntity, this.actionItems);
    await insertAll(manager, ActionItemUpdateEntity, this.updates);
    await manager.query(
      `INSERT INTO referral (id, from_table_id, to_table_id, source_item_id, title, rationale, status, referred_by_id, referred_at, decided_by_id, decided_at, response, scheduled_item_id)
       SELECT r.* FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, from_table_id uuid, to_table_id uuid, source_item_id uuid, title text, rationale text,
         status varchar, referred_by_id uuid, referred_at timestamptz, decided_by_id uuid, decided_at timestamptz, response text, scheduled_item_id uuid)`,
      [JSON.stringify(this.referrals)],
    );
    await insertAll(manager, RsvpEntity, this.rsvps);
    await insertAll(manager, AttendanceEntity, this.attendance);
    await insertAll(manager, AuditEventEntity, this.audit);
  }
}

async function insertAll<Entity extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  rows: Array<QueryDeepPartialEntity<Entity>>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await manager.insert(entity, rows.slice(start, start + CHUNK));
}

/**
 * Writes the year of history of demo-history.set.ts, in the demo data's transaction, as the
 * services would have left it: meetings scheduled, their agendas published, held and adjourned
 * (or cancelled), with RSVPs and attendance; decisions, and formal votes closed as closeVote
 * closes them; action items with one update per change; referrals answered, the accepted ones
 * on the receiving table's next meeting; closed consultations with their responses. Each change
 * has its audit event, dated when it happened. Unlike the rest of the demo data it sends no
 * notification: months-old news would only crowd the inboxes and the home page. Ids are made
 * here so that the whole year goes in with a few multi-row INSERTs.
 */
export async function loadDemoHistory(manager: EntityManager, keys: DemoKeys): Promise<void> {
  const seats = await manager.find(TableParticipantEntity);
  const memberships = await manager.findBy(TableMembershipEntity, { status: 'ACTIVE' });
  const zones = new Map(
    (
      (await manager.query(
        `SELECT DISTINCT ON (rtr.table_id) rtr.table_id, r.time_zone FROM round_table_region rtr JOIN region r ON r.id = rtr.region_id ORDER BY rtr.table_id, rtr.position`,
      )) as Array<{ table_id: string; time_zone: string }>
    ).map((z) => [z.table_id, z.time_zone]),
  );
  const rows = new HistoryRows();
  const held = new Map<string, HeldMeeting[]>();
  for (const t of DEMO_HISTORY_TABLES) {
    const tableId = keys.table(t.table);
    const zone = zones.get(tableId) ?? ZONE;
    const members = memberships.filter((m) => m.tableId === tableId).map((m) => m.organizationId);
    held.set(t.table, writeTable(rows, keys, t, zone, seats, members));
  }
  for (const r of DEMO_HISTORY_REFERRALS) writeReferral(rows, keys, held, r);
  await rows.write(manager);
  await loadDemoConsultations(manager, keys, DEMO_HISTORY_CONSULTATIONS, false);
}

/** `daysAgo` days before today at `hour` in `zone`, moved back to the Friday before when it falls on a weekend. */
function weekdayStart(daysAgo: number, hour: number, zone: string): Date {
  const today = toWallTime(new Date(), zone);
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - daysAgo)).getUTCDay();
  const back = day === 6 ? 1 : day === 0 ? 2 : 0;
  return localDay(-daysAgo - back, hour, zone);
}

/** The calendar day `days` after `instant` in `zone`, as YYYY-MM-DD. */
function dayAfter(instant: Date, days: number, zone: string): string {
  const wall = toWallTime(instant, zone);
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + days)).toISOString().slice(0, 10);
}

function inThePast(at: Date, what: string): Date {
  if (at.getTime() >= Date.now()) throw new Error(`demo data: ${what} would happen in the future`);
  return at;
}

/** One table's meetings of the year; returns its held ones, oldest first. */
function writeTable(rows: HistoryRows, keys: DemoKeys, t: DemoHistoryTable, zone: string, seats: Seat[], members: string[]): HeldMeeting[] {
  const tableId = keys.table(t.table);
  const chairId = keys.user(t.chair);
  const seatOf = (userKey: string): Seat => {
    const seat = seats.find((s) => s.tableId === tableId && s.userId === keys.user(userKey));
    if (!seat) throw new Error(`demo data: ${userKey} does not sit at table ${t.table}`);
    return seat;
  };
  // Ballots in the order of the set's memberships, so that the same organizations vote the same way at every load.
  const voters = (DEMO_MEMBERSHIPS[t.table] ?? []).map((key) => keys.organization(key)).filter((id) => members.includes(id));
  const heldCount = t.meetings.filter((m) => !m.cancelled).length;
  if (t.topics.length !== heldCount) throw new Error(`demo data: ${t.table} has ${heldCount} held meetings but ${t.topics.length} topics`);
  for (const [user, pattern] of Object.entries(t.attendance)) {
    if (pattern.length !== heldCount) throw new Error(`demo data: ${t.table}: ${user}'s attendance has ${pattern.length} meetings, not ${heldCount}`);
  }
  const audit = (actorId: string | null, action: string, entityType: string, entityId: string, at: Date) =>
    rows.audit.push({ actorId, action, entityType, entityId, tableId, at: inThePast(at, `${action} at ${t.table}`) });

  const held: HeldMeeting[] = [];
  let votes = 0;
  for (const slot of t.meetings) {
    const id = randomUUID();
    const startsAt = weekdayStart(slot.daysAgo, t.hour, zone);
    const endsAt = new Date(startsAt.getTime() + t.hours * HOUR_MS);
    const scheduledAt = new Date(startsAt.getTime() - 30 * DAY_MS);
    const publishedAt = new Date(startsAt.getTime() - 7 * DAY_MS);
    const cancelledAt = new Date(startsAt.getTime() - 2 * DAY_MS);
    rows.meetings.push({
      id,
      tableId,
      seriesId: null,
      title: t.title,
      status: slot.cancelled ? 'CANCELLED' : 'ADJOURNED',
      startsAt,
      endsAt,
      timeZone: zone,
      location: t.location,
      onlineUrl: t.onlineUrl,
      agendaPublishedAt: publishedAt,
      currentItemId: null,
      cancelledReason: slot.cancelled ?? null,
      // Published, then cancelled: each a change calendar clients pick up.
      sequence: slot.cancelled ? 2 : 1,
      createdById: chairId,
      createdAt: scheduledAt,
      updatedAt: slot.cancelled ? cancelledAt : endsAt,
    });
    audit(chairId, 'meeting.scheduled', 'meeting', id, scheduledAt);
    audit(chairId, 'agenda.published', 'meeting', id, publishedAt);
    const agenda: Array<QueryDeepPartialEntity<AgendaItemEntity>> = [];
    const item = (title: string, kind: EnumValue<AgendaItemKind>, minutes: number, presenter: string | null) => {
      const row: QueryDeepPartialEntity<AgendaItemEntity> = {
        id: randomUUID(),
        meetingId: id,
        position: agenda.length + 1,
        title,
        description: null,
        kind,
        status: slot.cancelled ? 'PENDING' : 'DONE',
        confidentiality: 'MEMBERS',
        durationMinutes: minutes,
        presenterId: presenter ? keys.user(presenter) : null,
        presenterOrganizationId: null,
        carriedOverFromId: null,
        createdAt: scheduledAt,
      };
      agenda.push(row);
      rows.items.push(row);
      return row;
    };
    item('Ouverture et adoption de l’ordre du jour', 'INFORMATION', 10, null);
    if (slot.cancelled) {
      item('Tour de table des partenaires', 'INFORMATION', 30, null);
      audit(chairId, 'meeting.cancelled', 'meeting', id, cancelledAt);
      continue;
    }

    const i = held.length;
    const topic = t.topics[i];
    const topicItemId = item(topic.title, topic.kind, 40, topic.presenter ?? null).id as string;
    item('Tour de table des partenaires', 'INFORMATION', 30, null);
    held.push({ id, tableId, startsAt, chairId, topicItemId, items: agenda });
    audit(chairId, 'meeting.started', 'meeting', id, startsAt);
    audit(chairId, 'meeting.adjourned', 'meeting', id, endsAt);

    const there: Seat[] = [];
    for (const [userKey, pattern] of Object.entries(t.attendance)) {
      const seat = seatOf(userKey);
      const mark = pattern[i];
      rows.attendance.push({ meetingId: id, userId: seat.userId, organizationId: seat.organizationId, status: ATTENDANCE[mark], recordedAt: startsAt });
      rows.rsvps.push({ meetingId: id, participantId: seat.id, response: RSVP[mark], respondedAt: new Date(publishedAt.getTime() + DAY_MS) });
      if (mark === 'P') there.push(seat);
    }
    // Who casts each organization's ballot: someone present for it, an observer (an alternate) only when no one else is.
    const present = new Map<string, string>();
    for (const seat of [...there].sort((a, b) => Number(a.role === 'OBSERVER') - Number(b.role === 'OBSERVER'))) {
      if (seat.organizationId && !present.has(seat.organizationId)) present.set(seat.organizationId, seat.userId);
    }

    let decisionId: string | null = null;
    if (topic.decision) {
      decisionId = randomUUID();
      const recordedAt = new Date(startsAt.getTime() + 50 * MINUTE_MS);
      const decision: DecisionRow = {
        id: decisionId,
        meeting_id: id,
        agenda_item_id: topicItemId,
        text: topic.decision.text,
        outcome: topic.decision.outcome ?? 'ADOPTED',
        votes_for: null,
        votes_against: null,
        abstentions: null,
        recorded_by_id: chairId,
        recorded_at: recordedAt.toISOString(),
      };
      if (topic.decision.vote) {
        writeVote(rows, audit, { meetingId: id, agendaItemId: topicItemId, decision, chairId, startsAt }, members, voters, present, votes);
        votes += 1;
      }
      rows.decisions.push(decision);
      audit(chairId, 'decision.recorded', 'decision', decisionId, recordedAt);
    }
    for (const task of topic.tasks ?? []) {
      writeTask(rows, audit, keys, task, { tableId, meetingId: id, agendaItemId: topicItemId, decisionId, chairId, zone, seatOf }, endsAt, seats);
    }
  }
  return held;
}

/**
 * A formal YES_NO_ABSTAIN vote of the member organizations present, closed as closeVote closes it:
 * counted with tallyVote, its decision recorded with the counts. Most say yes; in turn one abstains
 * or one says no, so that the counts differ from vote to vote.
 */
function writeVote(
  rows: HistoryRows,
  audit: (actorId: string | null, action: string, entityType: string, entityId: string, at: Date) => void,
  at: { meetingId: string; agendaItemId: string; decision: DecisionRow; chairId: string; startsAt: Date },
  members: string[],
  voters: string[],
  present: Map<string, string>,
  turn: number,
): void {
  const method = 'YES_NO_ABSTAIN' as const;
  const options = voteOptions(method, undefined);
  if (typeof options === 'string') throw new Error(`demo data: ${options}`);
  const casting = voters.filter((organizationId) => present.has(organizationId));
  const choices = casting.map((_, k) => {
    if (turn % 4 === 2 && k === 1) return 'NO';
    if (turn % 3 === 1 && k === casting.length - 1) return 'ABSTAIN';
    return 'YES';
  });
  const tally = tallyVote(method, options, 'SIMPLE_MAJORITY', choices);
  const count = (option: string) => tally.results.find((r) => r.option === option)?.count ?? 0;
  const voteId = randomUUID();
  const openedAt = new Date(at.startsAt.getTime() + 40 * MINUTE_MS);
  const closedAt = new Date(at.startsAt.getTime() + 48 * MINUTE_MS);
  Object.assign(at.decision, {
    outcome: tally.passed ? 'ADOPTED' : 'REJECTED',
    votes_for: count('YES'),
    votes_against: count('NO'),
    abstentions: count('ABSTAIN'),
    recorded_at: closedAt.toISOString(),
  });
  rows.votes.push({
    id: voteId,
    meetingId: at.meetingId,
    agendaItemId: at.agendaItemId,
    question: at.decision.text,
    method,
    options,
    threshold: 'SIMPLE_MAJORITY',
    secret: false,
    status: 'CLOSED',
    eligibleOrganizationIds: [...members].sort(),
    openedById: at.chairId,
    openedAt,
    closedAt,
    results: tally.results,
    passed: tally.passed,
    winningOption: tally.winningOption,
    decisionId: at.decision.id,
  });
  audit(at.chairId, 'vote.opened', 'vote', voteId, openedAt);
  casting.forEach((organizationId, k) => {
    const castAt = new Date(openedAt.getTime() + (k + 1) * MINUTE_MS);
    const castById = present.get(organizationId) as string;
    rows.ballots.push({ voteId, organizationId, choice: choices[k], castById, castAt, byProxy: false });
    audit(castById, 'ballot.cast', 'vote', voteId, castAt);
  });
  audit(at.chairId, 'vote.closed', 'vote', voteId, closedAt);
}

interface TaskOrigin {
  tableId: string;
  meetingId: string;
  agendaItemId: string;
  decisionId: string | null;
  chairId: string;
  zone: string;
  seatOf: (userKey: string) => Seat;
}

/**
 * An action item given out at the end of a meeting, with its history as ActionItemsService keeps
 * it (version 1 + one per status change, completedAt on DONE): started then done, put aside then
 * cancelled, or still open now with a follow-up or two.
 */
function writeTask(
  rows: HistoryRows,
  audit: (actorId: string | null, action: string, entityType: string, entityId: string, at: Date) => void,
  keys: DemoKeys,
  task: DemoHistoryTask,
  origin: TaskOrigin,
  meetingEndsAt: Date,
  seats: Seat[],
): void {
  const id = randomUUID();
  const n = rows.actionItems.length;
  const createdAt = new Date(meetingEndsAt.getTime() - 10 * MINUTE_MS);
  const after = (days: number) => new Date(createdAt.getTime() + days * DAY_MS);
  const organizationId = task.organization ? keys.organization(task.organization) : null;
  // Updates come from the person named, or else from someone sitting for the organization.
  const authorId = task.assignee
    ? origin.seatOf(task.assignee).userId
    : (seats.find((s) => s.tableId === origin.tableId && s.organizationId === organizationId && s.role !== 'OBSERVER')?.userId ?? origin.chairId);
  const updates: Array<{ status: EnumValue<ActionItemStatus> | null; body: string; at: Date }> = [];
  const end = task.end;
  if ('done' in end) {
    updates.push({ status: 'IN_PROGRESS', body: STARTED[n % STARTED.length], at: after(Math.max(1, Math.round(end.done * 0.4))) });
    updates.push({ status: 'DONE', body: FINISHED[n % FINISHED.length], at: after(end.done) });
  } else if ('cancelled' in end) {
    updates.push({ status: null, body: FOLLOW_UPS[n % FOLLOW_UPS.length], at: after(Math.max(1, Math.round(end.cancelled * 0.4))) });
    updates.push({ status: 'CANCELLED', body: 'Abandonné : la table a retenu une autre démarche.', at: after(end.cancelled) });
  } else if (end.open === 'OPEN') {
    updates.push({ status: null, body: FOLLOW_UPS[0], at: after(7) }, { status: null, body: FOLLOW_UPS[1], at: after(20) });
  } else {
    updates.push({ status: 'IN_PROGRESS', body: STARTED[n % STARTED.length], at: after(5) });
    updates.push(
      end.open === 'BLOCKED'
        ? { status: 'BLOCKED', body: 'En attente des données d’un partenaire (fictif).', at: after(20) }
        : { status: null, body: FOLLOW_UPS[n % FOLLOW_UPS.length], at: after(20) },
    );
  }
  const changes = updates.filter((u) => u.status !== null);
  const status = changes.length > 0 ? (changes[changes.length - 1].status as EnumValue<ActionItemStatus>) : 'OPEN';
  rows.actionItems.push({
    id,
    tableId: origin.tableId,
    meetingId: origin.meetingId,
    agendaItemId: origin.agendaItemId,
    decisionId: origin.decisionId,
    title: task.title,
    description: null,
    assigneeId: task.assignee ? keys.user(task.assignee) : null,
    assigneeOrganizationId: organizationId,
    dueOn: dayAfter(createdAt, task.dueInDays, origin.zone),
    status,
    createdById: origin.chairId,
    createdAt,
    completedAt: status === 'DONE' ? changes[changes.length - 1].at : null,
    version: 1 + changes.length,
  });
  audit(origin.chairId, 'actionItem.created', 'actionItem', id, createdAt);
  for (const u of updates) {
    rows.updates.push({ actionItemId: id, authorId, body: u.body, status: u.status, createdAt: u.at });
    audit(authorId, 'actionItem.progressed', 'actionItem', id, u.at);
  }
}

/**
 * A referral of the year, as ReferralsService leaves it once answered: the accepted ones appended
 * to the receiving table's first held meeting after the answer (as decideReferral does), with the
 * decision that table took on it, if any.
 */
function writeReferral(rows: HistoryRows, keys: DemoKeys, held: Map<string, HeldMeeting[]>, r: DemoHistoryReferral): void {
  const id = randomUUID();
  const fromTableId = keys.table(r.from);
  const toTableId = keys.table(r.to);
  const referredById = keys.user(r.referredBy);
  const referredAt = inThePast(localDay(-r.referredDaysAgo, 10, ZONE), `referral ${r.title}`);
  const d = r.decided;
  const decidedAt = inThePast(localDay(-r.referredDaysAgo + d.afterDays, 11, ZONE), `answer to ${r.title}`);
  const deciderId = keys.user(d.by);
  let sourceItemId: string | null = null;
  if (r.sourceMeeting !== undefined) {
    const source = held.get(r.from)?.[r.sourceMeeting - 1];
    if (!source || source.startsAt.getTime() >= referredAt.getTime()) throw new Error(`demo data: ${r.title} comes from no earlier meeting of ${r.from}`);
    sourceItemId = source.topicItemId;
  }
  let scheduledItemId: string | null = null;
  if (d.accept) {
    const target = held.get(r.to)?.find((m) => m.startsAt.getTime() > decidedAt.getTime());
    if (!target) throw new Error(`demo data: ${r.title} is accepted but ${r.to} holds no meeting after`);
    scheduledItemId = randomUUID();
    const item: QueryDeepPartialEntity<AgendaItemEntity> = {
      id: scheduledItemId,
      meetingId: target.id,
      position: target.items.length + 1,
      title: r.title,
      description: r.rationale,
      kind: 'DECISION',
      status: 'DONE',
      confidentiality: 'MEMBERS',
      durationMinutes: null,
      presenterId: null,
      presenterOrganizationId: null,
      carriedOverFromId: null,
      createdAt: decidedAt,
    };
    rows.items.push(item);
    target.items.push(item);
    rows.audit.push({ actorId: deciderId, action: 'agendaItem.added', entityType: 'agendaItem', entityId: scheduledItemId, tableId: toTableId, at: decidedAt });
    if (d.decision) {
      const decisionId = randomUUID();
      const recordedAt = new Date(target.startsAt.getTime() + 70 * MINUTE_MS);
      rows.decisions.push({
        id: decisionId,
        meeting_id: target.id,
        agenda_item_id: scheduledItemId,
        text: d.decision.text,
        outcome: d.decision.outcome,
        votes_for: null,
        votes_against: null,
        abstentions: null,
        recorded_by_id: target.chairId,
        recorded_at: recordedAt.toISOString(),
      });
      rows.audit.push({
        actorId: target.chairId,
        action: 'decision.recorded',
        entityType: 'decision',
        entityId: decisionId,
        tableId: toTableId,
        at: recordedAt,
      });
    }
  }
  rows.referrals.push({
    id,
    from_table_id: fromTableId,
    to_table_id: toTableId,
    source_item_id: sourceItemId,
    title: r.title,
    rationale: r.rationale,
    status: d.accept ? 'ACCEPTED' : 'DECLINED',
    referred_by_id: referredById,
    referred_at: referredAt.toISOString(),
    decided_by_id: deciderId,
    decided_at: decidedAt.toISOString(),
    response: d.response ?? null,
    scheduled_item_id: scheduledItemId,
  });
  rows.audit.push(
    { actorId: referredById, action: 'referral.created', entityType: 'referral', entityId: id, tableId: fromTableId, at: referredAt },
    { actorId: deciderId, action: 'referral.decided', entityType: 'referral', entityId: id, tableId: toTableId, at: decidedAt },
  );
}
