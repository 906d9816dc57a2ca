import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { foldForSearch, NotificationKind } from '@concertation/shared-domain';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { ProtocolAdoptionEntity } from '../modules/protocols/protocol-adoption.entity';
import { RoundTableEntity } from '../modules/round-tables/round-table.entity';
import { TableParticipantEntity } from '../modules/round-tables/table-participant.entity';
import { type DemoKeys, type LoadedMeeting, localDay } from './demo-meetings.loader';
import { DEMO_PROTOCOLS, type DemoAdoptionStep, type DemoProtocol } from './demo-protocols.set';

type Audit = QueryDeepPartialEntity<AuditEventEntity>;
/** Every demo table is in Quebec. */
const ZONE = 'America/Toronto';

/**
 * Writes the protocols of demo-protocols.set.ts as ProtocolsService leaves them: version 1 with the
 * protocol, each later one numbered +1, PROTOCOL_PUBLISHED to the officers of every table but the
 * publisher (as ProtocolNotices words it) for each version, and one adoption record per table
 * holding its last change, with a `protocol.adopted` audit event for every change. An adoption
 * names its table's decision when the set points to one that the minutes loader wrote.
 */
export async function loadDemoProtocols(manager: EntityManager, keys: DemoKeys, meetings: Map<string, LoadedMeeting>): Promise<void> {
  const audit: Audit[] = [];
  const officers = await manager.find(TableParticipantEntity, { where: [{ role: 'CHAIR' }, { role: 'SECRETARY' }] });
  for (const p of DEMO_PROTOCOLS) await loadProtocol(manager, keys, meetings, officers, p, audit);
  await manager.insert(AuditEventEntity, audit);
}

async function loadProtocol(
  manager: EntityManager,
  keys: DemoKeys,
  meetings: Map<string, LoadedMeeting>,
  officers: TableParticipantEntity[],
  p: DemoProtocol,
  audit: Audit[],
): Promise<void> {
  const ownerId = keys.table(p.owner);
  const owner = await manager.findOneByOrFail(RoundTableEntity, { id: ownerId });
  const first = p.versions[0];
  const createdAt = localDay(first.inDays, 10, ZONE);
  // SQL: the entities leave created_at and published_at to the database, and these are in the past.
  const [{ id }] = (await manager.query(
    `INSERT INTO protocol (owner_table_id, title, search_key, summary, sectors, created_by_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [ownerId, p.title, foldForSearch(p.title), p.summary, [...new Set(p.sectors)], keys.user(first.by), createdAt],
  )) as Array<{ id: string }>;
  const versionIds: string[] = [];
  for (const [i, v] of p.versions.entries()) {
    const number = i + 1;
    const publisherId = keys.user(v.by);
    const at = localDay(v.inDays, 10, ZONE);
    const [version] = (await manager.query(
      `INSERT INTO protocol_version (protocol_id, number, body, change_note, published_by_id, published_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [id, number, v.body, v.changeNote ?? null, publisherId, at],
    )) as Array<{ id: string }>;
    versionIds.push(version.id);
    audit.push({
      actorId: publisherId,
      action: number === 1 ? 'protocol.created' : 'protocol.published',
      entityType: 'protocol',
      entityId: id,
      tableId: ownerId,
      at,
    });
    const readers = [...new Set(officers.map((o) => o.userId))].filter((userId) => userId !== publisherId);
    await manager.insert(
      NotificationEntity,
      readers.map((userId) => ({
        userId,
        kind: NotificationKind.PROTOCOL_PUBLISHED,
        params: { protocolTitle: p.title, version: number, ownerName: owner.name, changeNote: v.changeNote ?? null },
        tableId: ownerId,
        subjectId: id,
        createdAt: at,
      })),
    );
  }

  for (const [tableKey, steps] of Object.entries(p.adoptions)) {
    const tableId = keys.table(tableKey);
    for (const step of steps) {
      if (!versionIds[step.version - 1]) throw new Error(`demo data: ${p.key} has no version ${step.version}`);
      audit.push({
        actorId: keys.user(step.by),
        action: 'protocol.adopted',
        entityType: 'protocol',
        entityId: id,
        tableId,
        at: localDay(step.inDays, 15, ZONE),
      });
    }
    const last = steps[steps.length - 1];
    await manager.insert(ProtocolAdoptionEntity, {
      protocolId: id,
      tableId,
      status: last.status,
      versionId: versionIds[last.version - 1],
      decisionId: await decisionOf(manager, meetings, tableId, last),
      note: last.note ?? null,
      updatedAt: localDay(last.inDays, 15, ZONE),
    });
  }
}

/** The decision recorded on the named agenda item of that table's meeting, if the minutes loader wrote one. */
async function decisionOf(manager: EntityManager, meetings: Map<string, LoadedMeeting>, tableId: string, step: DemoAdoptionStep): Promise<string | null> {
  if (!step.decision) return null;
  const meeting = meetings.get(step.decision.meeting);
  const itemId = meeting?.tableId === tableId ? meeting.items.get(step.decision.item) : undefined;
  if (!itemId) return null;
  const rows = (await manager.query(`SELECT id FROM decision WHERE agenda_item_id = $1 ORDER BY recorded_at, id LIMIT 1`, [itemId])) as Array<{ id: string }>;
  return rows[0]?.id ?? null;
}
