import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { TABLE_ROLES } from '@concertation/shared-domain';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey, groupByKey } from '../../core/graphql/request-loaders';
import { RoundTableRegionEntity } from './round-table-region.entity';
import { RoundTableEntity } from './round-table.entity';
import { TableMembershipAlternateEntity } from './table-membership-alternate.entity';
import { TableMembershipEntity } from './table-membership.entity';
import { TableParticipantEntity } from './table-participant.entity';

const roleRank = (role: string) => TABLE_ROLES.indexOf(role as (typeof TABLE_ROLES)[number]);

/**
 * Per-request loaders of the round tables' one-to-many relations: a list of tables costs one
 * query per relation, whatever its length. Visibility is the resolvers' job (RoundTablesPolicy).
 */
@Injectable()
export class RoundTablesLoaders {
  constructor(private readonly dataSource: DataSource) {}

  /** Region ids of each table, in their order (the first gives the default time zone). */
  regionIdsOf(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get('table.regionIds', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(RoundTableRegionEntity).find({
        where: { tableId: In([...ids]) },
        order: { position: 'ASC' },
      });
      return groupByKey(ids, rows, (r) => r.tableId).map((group) => group.map((r) => r.regionId));
    });
  }

  /** Every child of each table, archived or not, by name. */
  childrenOf(ctx: RequestContext): DataLoader<string, RoundTableEntity[]> {
    return ctx.loaders.get('table.children', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(RoundTableEntity).find({ where: { parentId: In([...ids]) }, order: { name: 'ASC', id: 'ASC' } }),
        (t) => t.parentId as string,
      ),
    );
  }

  /** Every membership of each table, all statuses, oldest request first. */
  membershipsOf(ctx: RequestContext): DataLoader<string, TableMembershipEntity[]> {
    return ctx.loaders.get('table.memberships', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(TableMembershipEntity).find({
          where: { tableId: In([...ids]) },
          order: { requestedAt: 'ASC', id: 'ASC' },
        }),
        (m) => m.tableId,
      ),
    );
  }

  /** Every membership of each organization, all statuses, oldest request first. */
  membershipsOfOrganization(ctx: RequestContext): DataLoader<string, TableMembershipEntity[]> {
    return ctx.loaders.get('organization.memberships', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(TableMembershipEntity).find({
          where: { organizationId: In([...ids]) },
          order: { requestedAt: 'ASC', id: 'ASC' },
        }),
        (m) => m.organizationId,
      ),
    );
  }

  /** The people seated at each table: chairs first, then secretaries, members, observers. */
  participantsOf(ctx: RequestContext): DataLoader<string, TableParticipantEntity[]> {
    return ctx.loaders.get('table.participants', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(TableParticipantEntity).find({
        where: { tableId: In([...ids]) },
        order: { since: 'ASC', id: 'ASC' },
      });
      rows.sort((a, b) => roleRank(a.role) - roleRank(b.role));
      return groupByKey(ids, rows, (p) => p.tableId);
    });
  }

  /** Seats by id (a membership's delegate). */
  participant(ctx: RequestContext): DataLoader<string, TableParticipantEntity | null> {
    return ctx.loaders.get('participant.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(TableParticipantEntity).findBy({ id: In([...ids]) }), (p) => p.id),
    );
  }

  /** Each membership's alternates, first to stand in first. */
  alternatesOf(ctx: RequestContext): DataLoader<string, TableParticipantEntity[]> {
    return ctx.loaders.get('membership.alternates', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(TableMembershipAlternateEntity)
        .find({ where: { membershipId: In([...ids]) }, order: { position: 'ASC' } });
      const seats = byKey(
        rows.map((r) => r.participantId),
        await this.dataSource.getRepository(TableParticipantEntity).findBy({ id: In(rows.map((r) => r.participantId)) }),
        (p) => p.id,
      );
      const pairs = rows.flatMap((r, i) => (seats[i] ? [{ membershipId: r.membershipId, seat: seats[i] }] : []));
      return groupByKey(ids, pairs, (p) => p.membershipId).map((group) => group.map((p) => p.seat));
    });
  }
}
