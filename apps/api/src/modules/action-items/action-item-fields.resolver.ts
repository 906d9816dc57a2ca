import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { ReqContext, type RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { DecisionModel } from '../decisions/models/decision.model';
import { OrganizationModel } from '../directory/models/organization.model';
import { AgendaItemModel } from '../meetings/models/agenda-item.model';
import { MeetingModel } from '../meetings/models/meeting.model';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { ActionItemViewsService } from './action-item-views.service';
import type { ActionItemUpdateEntity } from './action-item-update.entity';
import type { ActionItemEntity } from './action-item.entity';
import { ActionItemsLoaders } from './action-items.loaders';
import { ActionItemListArgs } from './dto/action-item.args';
import { ActionItemConnection, ActionItemModel } from './models/action-item.model';
import { ActionItemUpdateModel } from './models/action-item-update.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** Relations of an action item, batched per request; meeting and agenda item only as the viewer may read them. */
@Resolver(() => ActionItemModel)
export class ActionItemFieldsResolver {
  constructor(
    private readonly entities: EntityLoaders,
    private readonly loaders: ActionItemsLoaders,
    private readonly meetingLoaders: MeetingsLoaders,
    private readonly meetings: MeetingsPolicy,
  ) {}

  @ResolveField(() => RoundTableModel)
  table(item: ActionItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.table(ctx).load(item.tableId);
  }

  @ResolveField(() => MeetingModel, { nullable: true, description: 'Null when none, or when the viewer does not sit at the table.' })
  async meeting(item: ActionItemEntity, _: NoArgs, ctx: RequestContext) {
    if (!item.meetingId) return null;
    const meeting = await this.meetingLoaders.meeting(ctx).load(item.meetingId);
    return meeting && (await this.meetings.mayRead(ctx, meeting)) ? meeting : null;
  }

  @ResolveField(() => AgendaItemModel, { nullable: true, description: 'Null when none, or when the viewer may not see that item.' })
  async agendaItem(item: ActionItemEntity, _: NoArgs, ctx: RequestContext) {
    if (!item.agendaItemId) return null;
    const agendaItem = await this.meetingLoaders.item(ctx).load(item.agendaItemId);
    if (!agendaItem) return null;
    return this.meetings.canSeeItem(await this.meetings.tableRoleAt(ctx, item.tableId), agendaItem) ? agendaItem : null;
  }

  @ResolveField(() => DecisionModel, { nullable: true, description: 'Null when none, or when the viewer may not read that decision.' })
  async decision(item: ActionItemEntity, _: NoArgs, ctx: RequestContext) {
    if (!item.decisionId) return null;
    const decision = await this.loaders.decision(ctx).load(item.decisionId);
    if (!decision) return null;
    // As Decision.meeting and its agenda item are read: those who sit at the table, in-camera items for CHAIR/SECRETARY/MEMBER.
    const role = await this.meetings.tableRoleAt(ctx, item.tableId);
    if (!this.meetings.canRead(role)) return null;
    const agendaItem = decision.agendaItemId ? await this.meetingLoaders.item(ctx).load(decision.agendaItemId) : null;
    return !agendaItem || this.meetings.canSeeItem(role, agendaItem) ? decision : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  assignee(item: ActionItemEntity, _: NoArgs, ctx: RequestContext) {
    return item.assigneeId ? this.entities.user(ctx).load(item.assigneeId) : null;
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  assigneeOrganization(item: ActionItemEntity, _: NoArgs, ctx: RequestContext) {
    return item.assigneeOrganizationId ? this.entities.organization(ctx).load(item.assigneeOrganizationId) : null;
  }

  @ResolveField(() => UserModel)
  createdBy(item: ActionItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(item.createdById);
  }

  @ResolveField(() => Boolean, {
    description: "True when dueOn is before today (in the table's first region's zone) and status is OPEN, IN_PROGRESS or BLOCKED.",
  })
  overdue(item: ActionItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.overdue(ctx).load(item.id);
  }

  @ResolveField(() => [ActionItemUpdateModel], { description: 'Newest first.' })
  updates(item: ActionItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.updatesOf(ctx).load(item.id);
  }
}

@Resolver(() => ActionItemUpdateModel)
export class ActionItemUpdateFieldsResolver {
  constructor(private readonly entities: EntityLoaders) {}

  @ResolveField(() => UserModel)
  author(update: ActionItemUpdateEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(update.authorId);
  }
}

/** A table's action items: all of them for those who sit there, the viewer's own for others. */
@Resolver(() => RoundTableModel)
export class TableActionItemsResolver {
  constructor(private readonly views: ActionItemViewsService) {}

  @ResolveField(() => ActionItemConnection, {
    description: 'Most urgent first: unfinished by due date (overdue first), undated after them, then done or cancelled; the same order as myActionItems.',
  })
  actionItems(@Parent() table: RoundTableEntity, @ReqContext() ctx: RequestContext, @Args() args: ActionItemListArgs) {
    return this.views.tableItems(ctx, table.id, args);
  }
}
