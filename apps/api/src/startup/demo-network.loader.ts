import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { NotificationKind } from '@concertation/shared-domain';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { AgendaItemEntity } from '../modules/meetings/agenda-item.entity';
import type { NotificationParamsByKind } from '../modules/notifications/notification-texts';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { RoundTableEntity } from '../modules/round-tables/round-table.entity';
import { TableParticipantEntity } from '../modules/round-tables/table-participant.entity';
import { loadDemoConsultations } from './demo-consultations.loader';
import { type DemoKeys, type LoadedMeeting, type WrittenMeeting, loadMeeting, localDay, notifyAgenda } from './demo-meetings.loader';
import { DEMO_NETWORK_MEETINGS, DEMO_REFERRALS, type DemoReferral } from './demo-network.set';
import { loadDemoProtocols } from './demo-protocols.loader';

type Audit = QueryDeepPartialEntity<AuditEventEntity>;
/** Every demo table is in Quebec: the zone of the times of day of referrals. */
const ZONE = 'America/Toronto';

/**
 * Writes the demo data across levels, in the demo data's transaction, after the meetings, minutes
 * and decisions of the other loaders: the Québec table's meetings, the referrals sent up to it
 * (rows as ReferralsService leaves them, the items decideReferral appends, the decision recorded
 * on one of them, REFERRAL_RECEIVED and REFERRAL_ANSWERED as ReferralNotices sends them), then the
 * consultations and the protocols. Each change has its audit event, dated when it happened.
 */
export async function loadDemoNetwork(manager: EntityManager, keys: DemoKeys, meetings: Map<string, LoadedMeeting>): Promise<void> {
  const audit: Audit[] = [];
  const seats = await manager.find(TableParticipantEntity);
  const network = new Map<string, WrittenMeeting>();
  for (const m of DEMO_NETWORK_MEETINGS) network.set(m.key, await loadMeeting(manager, keys, seats, m, audit, new Map()));
  for (const r of DEMO_REFERRALS) await loadReferral(manager, keys, seats, meetings, network, r, audit);
  for (const m of network.values()) if (m.set.status !== 'ADJOURNED') await notifyAgenda(manager, seats, m);
  await manager.insert(AuditEventEntity, audit);
  await loadDemoConsultations(manager, keys);
  await loadDemoProtocols(manager, keys, meetings);
}

async function loadReferral(
  manager: EntityManager,
  keys: DemoKeys,
  seats: TableParticipantEntity[],
  meetings: Map<string, LoadedMeeting>,
  network: Map<string, WrittenMeeting>,
  r: DemoReferral,
  audit: Audit[],
): Promise<void> {
  const fromTableId = keys.table(r.from);
  const toTableId = keys.table(r.to);
  const referredById = keys.user(r.referredBy);
  const referredAt = localDay(r.referredInDays, 10, ZONE);
  const sourceItemId = r.source ? itemOf(meetings.get(r.source.meeting), r.source) : null;
  const d = r.decided;
  const target = d?.meeting ? network.get(d.meeting) : undefined;
  if (d?.meeting && !target) throw new Error(`demo data: unknown network meeting ${d.meeting}`);
  const decidedAt = d ? localDay(d.inDays, 11, ZONE) : null;

  // The item decideReferral appends to the receiving table's meeting (AgendaService.addIn).
  let scheduledItemId: string | null = null;
  if (d && target && decidedAt) {
    const item = await manager.insert(AgendaItemEntity, {
      meetingId: target.id,
      position: target.itemIds.length + 1,
      title: r.title,
      description: r.rationale,
      kind: 'DECISION',
      status: target.set.status === 'ADJOURNED' ? 'DONE' : 'PENDING',
      confidentiality: 'MEMBERS',
      durationMinutes: null,
      presenterId: null,
      presenterOrganizationId: null,
      carriedOverFromId: null,
    });
    const itemId: string = item.identifiers[0].id;
    scheduledItemId = itemId;
    target.itemIds.push(itemId);
    target.agenda.push({ title: r.title, confidentiality: 'MEMBERS' });
    audit.push({ actorId: keys.user(d.by), action: 'agendaItem.added', entityType: 'agendaItem', entityId: itemId, tableId: toTableId, at: decidedAt });
  }
  // SQL: the entity leaves referred_at to the database, and this one is in the past.
  const [{ id }] = (await manager.query(
    `INSERT INTO referral (from_table_id, to_table_id, source_item_id, title, rationale, status, referred_by_id, referred_at, decided_by_id, decided_at, response, scheduled_item_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      fromTableId,
      toTableId,
      sourceItemId,
      r.title,
      r.rationale,
      d ? (d.accept ? 'ACCEPTED' : 'DECLINED') : 'PENDING',
      referredById,
      referredAt,
      d ? keys.user(d.by) : null,
      decidedAt,
      d?.response ?? null,
      scheduledItemId,
    ],
  )) as Array<{ id: string }>;
  audit.push({ actorId: referredById, action: 'referral.created', entityType: 'referral', entityId: id, tableId: fromTableId, at: referredAt });
  const [from, to] = await Promise.all([
    manager.findOneByOrFail(RoundTableEntity, { id: fromTableId }),
    manager.findOneByOrFail(RoundTableEntity, { id: toTableId }),
  ]);
  const officersOf = (tableId: string) => seats.filter((s) => s.tableId === tableId && (s.role === 'CHAIR' || s.role === 'SECRETARY')).map((s) => s.userId);
  const notify = <K extends NotificationKind.REFERRAL_RECEIVED | NotificationKind.REFERRAL_ANSWERED>(
    userIds: string[],
    kind: K,
    params: NotificationParamsByKind[K],
    tableId: string,
    at: Date,
  ) =>
    manager.insert(
      NotificationEntity,
      [...new Set(userIds)].map((userId) => ({ userId, kind, params: params, tableId, subjectId: id, createdAt: at })),
    );

  await notify(
    officersOf(toTableId).filter((u) => u !== referredById),
    NotificationKind.REFERRAL_RECEIVED,
    { fromTableName: from.name, toTableName: to.name, referralTitle: r.title, rationale: r.rationale || null },
    toTableId,
    referredAt,
  );
  if (!d || !decidedAt) return;
  const deciderId = keys.user(d.by);
  audit.push({ actorId: deciderId, action: 'referral.decided', entityType: 'referral', entityId: id, tableId: toTableId, at: decidedAt });
  // REFERRAL_ANSWERED to the referrer and the sending table's officers (all of whom read it), never to the actor.
  const answered = (actorId: string) => [referredById, ...officersOf(fromTableId)].filter((u) => u !== actorId);
  if (!d.accept) {
    await notify(
      answered(deciderId),
      NotificationKind.REFERRAL_ANSWERED,
      { answer: 'DECLINED', toTableName: to.name, referralTitle: r.title, response: d.response ?? null },
      fromTableId,
      decidedAt,
    );
    return;
  }
  if (!d.decision) return;
  if (!target || target.set.status !== 'ADJOURNED') throw new Error(`demo data: referral ${r.key} has a decision but no past meeting`);
  const recordedAt = new Date(target.startsAt.getTime() + 40 * 60_000);
  const [decision] = (await manager.query(
    `INSERT INTO decision (meeting_id, agenda_item_id, text, outcome, votes_for, votes_against, abstentions, recorded_by_id, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      target.id,
      scheduledItemId,
      d.decision.text,
      d.decision.outcome,
      d.decision.votes?.[0] ?? null,
      d.decision.votes?.[1] ?? null,
      d.decision.votes?.[2] ?? null,
      target.chairId,
      recordedAt,
    ],
  )) as Array<{ id: string }>;
  audit.push({ actorId: target.chairId, action: 'decision.recorded', entityType: 'decision', entityId: decision.id, tableId: toTableId, at: recordedAt });
  await notify(
    answered(target.chairId),
    NotificationKind.REFERRAL_ANSWERED,
    { answer: 'DECIDED', toTableName: to.name, referralTitle: r.title, outcome: d.decision.outcome, decisionText: d.decision.text },
    fromTableId,
    recordedAt,
  );
}

function itemOf(meeting: LoadedMeeting | undefined, ref: { meeting: string; item: string }): string {
  const id = meeting?.items.get(ref.item);
  if (!id) throw new Error(`demo data: unknown agenda item ${ref.meeting}.${ref.item}`);
  return id;
}
