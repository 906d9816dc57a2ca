import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { foldForSearch, isUuid } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, notFound } from '../../core/errors/domain-errors';
import { type Connection, pageSize } from '../../core/graphql/page';
import { UserEntity } from '../accounts/user.entity';
import { decodeNameCursor, pageByName, whereSearchMatches } from '../directory/listing';
import { RegionsService } from '../directory/regions.service';
import type { CreateTableInput } from './dto/create-table.input';
import type { TablesArgs } from './dto/tables.args';
import type { UpdateTableInput } from './dto/update-table.input';
import { RoundTablesPolicy } from './round-tables.policy';
import { RoundTableRegionEntity } from './round-table-region.entity';
import { RoundTableEntity } from './round-table.entity';
import { assertParentAllowed } from './table-hierarchy';
import { findOrNotFound, tableOrNotFound } from './table-lookup';
import { TableMembershipEntity } from './table-membership.entity';
import { TableParticipantEntity } from './table-participant.entity';

@Injectable()
export class RoundTablesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: RoundTablesPolicy,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  /** The directory of tables, archived ones included, by name then id. */
  async list(args: TablesArgs): Promise<Connection<RoundTableEntity>> {
    const limit = pageSize(args.first);
    const after = decodeNameCursor(args.after);
    if (args.regionId) await this.regions.assertExist(this.dataSource.manager, [args.regionId]);
    const query = this.dataSource.getRepository(RoundTableEntity).createQueryBuilder('t');
    whereSearchMatches(query, 't', args.search);
    if (args.level) query.andWhere('t.level = :level', { level: args.level });
    if (args.regionId) {
      // A province's tables include those covering its administrative regions.
      query.andWhere(
        `EXISTS (SELECT 1 FROM round_table_region rtr JOIN region r ON r.id = rtr.region_id
                  WHERE rtr.table_id = t.id AND (r.id = :regionId OR r.parent_id = :regionId))`,
        { regionId: args.regionId },
      );
    }
    return pageByName(query, 't', limit, after);
  }

  async get(id: string): Promise<RoundTableEntity> {
    const table = isUuid(id) ? await this.dataSource.getRepository(RoundTableEntity).findOneBy({ id }) : null;
    if (!table) throw notFound('table');
    return table;
  }

  async create(viewer: Viewer, input: CreateTableInput): Promise<RoundTableEntity> {
    return this.dataSource.transaction(async (manager) => {
      await assertParentAllowed(manager, input.level, input.parentId ?? null, null);
      await this.assertRegions(manager, input.regionIds);
      const chair = input.chairUserId == null ? null : await findOrNotFound(manager, UserEntity, input.chairUserId, 'user');
      if (chair && !chair.organizationId) {
        throw badInput('The chair must be a confirmed user of an organization.', 'chairUserId');
      }
      const table = manager.create(RoundTableEntity, {
        name: input.name,
        searchKey: foldForSearch(input.name),
        level: input.level,
        mandate: input.mandate ?? null,
        parentId: input.parentId ?? null,
        quorum: input.quorum ?? null,
        archivedAt: null,
      });
      await manager.save(table);
      await this.replaceRegions(manager, table.id, input.regionIds);
      if (chair?.organizationId) {
        // The chair's organization joins as an ACTIVE member, decided by the coordinator who created the table.
        await manager.insert(TableMembershipEntity, {
          tableId: table.id,
          organizationId: chair.organizationId,
          status: 'ACTIVE',
          requestedById: viewer.userId,
          decidedById: viewer.userId,
          decidedAt: () => 'now()',
        });
        await manager.insert(TableParticipantEntity, { tableId: table.id, userId: chair.id, organizationId: chair.organizationId, role: 'CHAIR' });
      }
      await this.audit.record(manager, { actorId: viewer.userId, action: 'table.created', entityType: 'table', entityId: table.id, tableId: table.id });
      return table;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateTableInput): Promise<RoundTableEntity> {
    return this.dataSource.transaction(async (manager) => {
      const table = await tableOrNotFound(manager, id, { lock: true });
      await this.policy.assertMayEdit(manager, viewer, table.id, input.parentId !== undefined);
      this.policy.assertNotArchived(table);
      if (input.name !== undefined && input.name !== null) {
        table.name = input.name;
        table.searchKey = foldForSearch(input.name);
      }
      if (input.mandate !== undefined) table.mandate = input.mandate;
      if (input.quorum !== undefined) table.quorum = input.quorum;
      if (input.parentId !== undefined) {
        await assertParentAllowed(manager, table.level, input.parentId, table.id);
        table.parentId = input.parentId;
      }
      if (input.regionIds !== undefined && input.regionIds !== null) {
        await this.assertRegions(manager, input.regionIds);
        await this.replaceRegions(manager, table.id, input.regionIds);
      }
      await manager.save(table);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'table.updated', entityType: 'table', entityId: table.id, tableId: table.id });
      return table;
    });
  }

  async archive(viewer: Viewer, id: string): Promise<RoundTableEntity> {
    return this.dataSource.transaction(async (manager) => {
      const table = await tableOrNotFound(manager, id, { lock: true });
      this.policy.assertNotArchived(table);
      await manager.update(RoundTableEntity, { id: table.id }, { archivedAt: () => 'now()' });
      await this.audit.record(manager, { actorId: viewer.userId, action: 'table.archived', entityType: 'table', entityId: table.id, tableId: table.id });
      return manager.findOneByOrFail(RoundTableEntity, { id: table.id });
    });
  }

  private async assertRegions(manager: EntityManager, regionIds: readonly string[]): Promise<void> {
    if (new Set(regionIds).size !== regionIds.length) throw badInput('regionIds names a region twice.', 'regionIds');
    await this.regions.assertExist(manager, regionIds);
  }

  /** The table's regions become exactly these, in this order. */
  private async replaceRegions(manager: EntityManager, tableId: string, regionIds: readonly string[]): Promise<void> {
    await manager.delete(RoundTableRegionEntity, { tableId });
    await manager.insert(
      RoundTableRegionEntity,
      regionIds.map((regionId, i) => ({ tableId, regionId, position: i + 1 })),
    );
  }
}
