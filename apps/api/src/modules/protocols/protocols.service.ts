import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { foldForSearch, isUuid } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, notFound } from '../../core/errors/domain-errors';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { findOrNotFound, tableOrNotFound } from '../round-tables/table-lookup';
import type { CreateProtocolInput, PublishProtocolVersionArgs, RecordAdoptionInput } from './dto/protocol.inputs';
import { ProtocolNotices } from './protocol-notices';
import { ProtocolAdoptionEntity } from './protocol-adoption.entity';
import { ProtocolVersionEntity } from './protocol-version.entity';
import { ProtocolEntity } from './protocol.entity';
import { ProtocolsPolicy } from './protocols.policy';

/**
 * Writes: a protocol is created with its version 1, each publication adds the next version
 * (whole text, numbers +1), and each table keeps one adoption record, replaced on each change.
 * Every write is audited (`protocol.created`, `protocol.published`, `protocol.adopted`, with the
 * protocol as entity) in its transaction.
 */
@Injectable()
export class ProtocolsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ProtocolsPolicy,
    private readonly notices: ProtocolNotices,
    private readonly audit: AuditService,
  ) {}

  /** Publishes version 1 at once (PROTOCOL_PUBLISHED is sent for it too). */
  async create(viewer: Viewer, input: CreateProtocolInput): Promise<ProtocolEntity> {
    return this.dataSource.transaction(async (manager) => {
      const owner = await tableOrNotFound(manager, input.ownerTableId);
      await this.policy.assertMaintainer(manager, viewer, owner);
      const inserted = await manager.insert(ProtocolEntity, {
        ownerTableId: owner.id,
        title: input.title,
        searchKey: foldForSearch(input.title),
        summary: input.summary ?? null,
        sectors: [...new Set(input.sectors)],
        createdById: viewer.userId,
      });
      const protocol = await manager.findOneByOrFail(ProtocolEntity, { id: inserted.identifiers[0].id as string });
      await this.publishVersion(manager, viewer, protocol, owner, 'protocol.created', { number: 1, body: input.body, changeNote: null });
      return protocol;
    });
  }

  async publish(viewer: Viewer, args: PublishProtocolVersionArgs): Promise<ProtocolVersionEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Locked: two publications at once get consecutive numbers instead of the same one.
      const protocol = await findOrNotFound(manager, ProtocolEntity, args.protocolId, 'protocol', { lock: true });
      const owner = await tableOrNotFound(manager, protocol.ownerTableId);
      await this.policy.assertMaintainer(manager, viewer, owner);
      const [{ current }] = await manager.query(`SELECT coalesce(max(number), 0)::int AS current FROM protocol_version WHERE protocol_id = $1`, [protocol.id]);
      const number = Number(current) + 1;
      return this.publishVersion(manager, viewer, protocol, owner, 'protocol.published', { number, body: args.body, changeNote: args.changeNote ?? null });
    });
  }

  /** Creates or replaces the table's record; without versionId it records the current version. */
  async recordAdoption(viewer: Viewer, input: RecordAdoptionInput): Promise<ProtocolAdoptionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const protocol = await findOrNotFound(manager, ProtocolEntity, input.protocolId, 'protocol');
      const table = await tableOrNotFound(manager, input.tableId);
      await this.policy.assertAdopter(manager, viewer, table);
      const versionId = await this.versionFor(manager, protocol.id, input.versionId ?? null);
      const decisionId = await this.decisionFor(manager, table.id, input.decisionId ?? null);
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProtocolAdoptionEntity)
        .values({ protocolId: protocol.id, tableId: table.id, status: input.status, versionId, decisionId, note: input.note ?? null, updatedAt: () => 'now()' })
        .orUpdate(['status', 'version_id', 'decision_id', 'note', 'updated_at'], ['protocol_id', 'table_id'])
        .execute();
      const adoption = await manager.findOneByOrFail(ProtocolAdoptionEntity, { protocolId: protocol.id, tableId: table.id });
      await this.record(manager, viewer, 'protocol.adopted', protocol.id, table.id);
      return adoption;
    });
  }

  /** Adds a version, audits `action` on the protocol at its owner table, and sends PROTOCOL_PUBLISHED for the version. */
  private async publishVersion(
    manager: EntityManager,
    viewer: Viewer,
    protocol: ProtocolEntity,
    owner: RoundTableEntity,
    action: string,
    text: Pick<ProtocolVersionEntity, 'number' | 'body' | 'changeNote'>,
  ): Promise<ProtocolVersionEntity> {
    const inserted = await manager.insert(ProtocolVersionEntity, { protocolId: protocol.id, ...text, publishedById: viewer.userId });
    const version = await manager.findOneByOrFail(ProtocolVersionEntity, { id: inserted.identifiers[0].id as string });
    await this.record(manager, viewer, action, protocol.id, owner.id);
    await this.notices.published(manager, viewer, protocol, version, owner);
    return version;
  }

  private record(manager: EntityManager, viewer: Viewer, action: string, protocolId: string, tableId: string): Promise<void> {
    return this.audit.record(manager, { actorId: viewer.userId, action, entityType: 'protocol', entityId: protocolId, tableId });
  }

  /** The named version (NOT_FOUND if unknown, BAD_USER_INPUT if another protocol's), or the current one. */
  private async versionFor(manager: EntityManager, protocolId: string, versionId: string | null): Promise<string> {
    if (versionId === null) {
      const current = await manager.findOne(ProtocolVersionEntity, { where: { protocolId }, order: { number: 'DESC' } });
      if (!current) throw notFound('protocol version');
      return current.id;
    }
    const version = await findOrNotFound(manager, ProtocolVersionEntity, versionId, 'protocol version');
    if (version.protocolId !== protocolId) throw badInput('The version must be a version of this protocol.', 'versionId');
    return version.id;
  }

  /** A decision of that table (NOT_FOUND if unknown, BAD_USER_INPUT if another table's). */
  private async decisionFor(manager: EntityManager, tableId: string, decisionId: string | null): Promise<string | null> {
    if (decisionId === null) return null;
    const rows: Array<{ table_id: string }> = isUuid(decisionId)
      ? await manager.query(`SELECT m.table_id FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE d.id = $1`, [decisionId])
      : [];
    if (!rows[0]) throw notFound('decision');
    if (rows[0].table_id !== tableId) throw badInput('The decision must be a decision of that table.', 'decisionId');
    return decisionId;
  }
}
