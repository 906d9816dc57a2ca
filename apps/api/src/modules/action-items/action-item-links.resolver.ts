import { ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context';
import type { DecisionEntity } from '../decisions/decision.entity';
import { DecisionModel } from '../decisions/models/decision.model';
import type { AgendaItemEntity } from '../meetings/agenda-item.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { AgendaItemModel } from '../meetings/models/agenda-item.model';
import { MeetingModel } from '../meetings/models/meeting.model';
import { ActionItemViewsService } from './action-item-views.service';
import { ActionItemModel } from './models/action-item.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

const DESCRIPTION = 'Oldest first; items the viewer may not read are left out.';

/** `Meeting.actionItems`, batched per request. */
@Resolver(() => MeetingModel)
export class MeetingActionItemsResolver {
  constructor(private readonly views: ActionItemViewsService) {}

  @ResolveField(() => [ActionItemModel], { description: DESCRIPTION })
  actionItems(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.linkedTo(ctx, 'meetingId', meeting.id);
  }
}

/** `AgendaItem.actionItems`, batched per request. */
@Resolver(() => AgendaItemModel)
export class AgendaItemActionItemsResolver {
  constructor(private readonly views: ActionItemViewsService) {}

  @ResolveField(() => [ActionItemModel], { description: DESCRIPTION })
  actionItems(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.linkedTo(ctx, 'agendaItemId', item.id);
  }
}

/** `Decision.actionItems`, batched per request. */
@Resolver(() => DecisionModel)
export class DecisionActionItemsResolver {
  constructor(private readonly views: ActionItemViewsService) {}

  @ResolveField(() => [ActionItemModel], { description: DESCRIPTION })
  actionItems(decision: DecisionEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.linkedTo(ctx, 'decisionId', decision.id);
  }
}
