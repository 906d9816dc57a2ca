import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipStatus, TableRole } from '@concertation/shared-domain';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { ReqContext, type RequestContext } from '../../core/graphql/request-context';
import { RegionModel } from '../directory/models/region.model';
import { RoundTableModel } from './models/round-table.model';
import { TableMembershipModel } from './models/table-membership.model';
import { TableParticipantModel } from './models/table-participant.model';
import { RoundTablesLoaders } from './round-tables.loaders';
import { RoundTablesPolicy } from './round-tables.policy';
import type { RoundTableEntity } from './round-table.entity';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** A table's relations, each batched per request and filtered by what the viewer may see. */
@Resolver(() => RoundTableModel)
export class RoundTableFieldsResolver {
  constructor(
    private readonly loaders: RoundTablesLoaders,
    private readonly entities: EntityLoaders,
    private readonly policy: RoundTablesPolicy,
  ) {}

  @ResolveField(() => [RegionModel])
  async regions(table: RoundTableEntity, _: NoArgs, ctx: RequestContext) {
    const ids = await this.loaders.regionIdsOf(ctx).load(table.id);
    return (await this.entities.region(ctx).loadMany(ids)).filter((r) => r && !(r instanceof Error));
  }

  @ResolveField(() => RoundTableModel, { nullable: true, description: 'The table one level up that this table reports to.' })
  parent(table: RoundTableEntity, _: NoArgs, ctx: RequestContext) {
    return table.parentId ? this.entities.table(ctx).load(table.parentId) : null;
  }

  @ResolveField(() => [RoundTableModel], { description: 'Every table that reports to this one, archived ones included, by name.' })
  children(table: RoundTableEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.childrenOf(ctx).load(table.id);
  }

  @ResolveField(() => [TableMembershipModel], {
    description:
      "ACTIVE memberships for every signed-in user; the other statuses only for the table's officers, coordinators and the organization's own people.",
  })
  async memberships(
    @Parent() table: RoundTableEntity,
    @ReqContext() ctx: RequestContext,
    @Args('status', { type: () => MembershipStatus, nullable: true }) status?: MembershipStatus | null,
  ) {
    const [all, seat] = await Promise.all([this.loaders.membershipsOf(ctx).load(table.id), this.policy.viewerSeat(ctx, table.id)]);
    return all.filter((m) => (!status || m.status === status) && this.policy.canReadMembership(ctx.viewer, seat, m));
  }

  @ResolveField(() => [TableParticipantModel], { description: 'For those who sit at the table and for coordinators; empty for others.' })
  async participants(table: RoundTableEntity, _: NoArgs, ctx: RequestContext) {
    const seat = await this.policy.viewerSeat(ctx, table.id);
    if (!this.policy.canReadParticipants(ctx.viewer, seat)) return [];
    return this.loaders.participantsOf(ctx).load(table.id);
  }

  @ResolveField(() => TableRole, { nullable: true, description: "The viewer's role at this table, null when the viewer does not sit at it." })
  viewerRole(table: RoundTableEntity, _: NoArgs, ctx: RequestContext) {
    return this.policy.viewerRole(ctx, table.id);
  }
}
