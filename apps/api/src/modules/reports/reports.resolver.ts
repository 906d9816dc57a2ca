import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { GraphQLCalendarDate } from '../../core/graphql/date.scalar';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { OrganizationModel } from '../directory/models/organization.model';
import { RegionModel } from '../directory/models/region.model';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import { NetworkReportModel, RegionActivityModel } from './models/network-report.model';
import { OrganizationActivityModel, TableReportModel } from './models/table-report.model';
import { ReportsService } from './reports.service';

/** `tableReport` and `networkReport`: counts only; the objects they name are loaded in batches. */
@Resolver(() => TableReportModel)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly entities: EntityLoaders,
  ) {}

  @Access('signedIn')
  @Query(() => TableReportModel, { description: "A table's activity from one date to another (inclusive, at most 3 years apart)." })
  tableReport(
    @Args('tableId', { type: () => ID }) tableId: string,
    @Args('from', { type: () => GraphQLCalendarDate }) from: string,
    @Args('to', { type: () => GraphQLCalendarDate }) to: string,
    @ReqContext() ctx: RequestContext,
  ) {
    return this.reports.tableReport(signedInViewer(ctx), tableId, from, to);
  }

  @Access('coordinator')
  @Query(() => NetworkReportModel, { description: "Every table's activity and each region's (COORDINATOR)." })
  networkReport(
    @Args('from', { type: () => GraphQLCalendarDate }) from: string,
    @Args('to', { type: () => GraphQLCalendarDate }) to: string,
    @ReqContext() ctx: RequestContext,
  ) {
    return this.reports.networkReport(signedInViewer(ctx), from, to);
  }

  @ResolveField(() => RoundTableModel)
  table(report: TableReportModel, _: NoArgs, ctx: RequestContext) {
    return this.entities.table(ctx).load(report.tableId);
  }
}

@Resolver(() => OrganizationActivityModel)
export class OrganizationActivityResolver {
  constructor(private readonly entities: EntityLoaders) {}

  @ResolveField(() => OrganizationModel)
  organization(row: OrganizationActivityModel, _: NoArgs, ctx: RequestContext) {
    return this.entities.organization(ctx).load(row.organizationId);
  }
}

@Resolver(() => RegionActivityModel)
export class RegionActivityResolver {
  constructor(private readonly entities: EntityLoaders) {}

  @ResolveField(() => RegionModel)
  region(row: RegionActivityModel, _: NoArgs, ctx: RequestContext) {
    return this.entities.region(ctx).load(row.regionId);
  }
}
