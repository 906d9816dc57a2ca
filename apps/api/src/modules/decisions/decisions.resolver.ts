import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import type { AgendaItemEntity } from '../meetings/agenda-item.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingViewsService } from '../meetings/meeting-views.service';
import { AgendaItemModel } from '../meetings/models/agenda-item.model';
import { MeetingModel } from '../meetings/models/meeting.model';
import type { DecisionEntity } from './decision.entity';
import { DecisionsService } from './decisions.service';
import { RecordDecisionArgs } from './dto/record-decision.input';
import { DecisionModel } from './models/decision.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => DecisionModel)
export class DecisionsResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly meetings: MeetingViewsService,
  ) {}

  @Access('signedIn')
  @Mutation(() => DecisionModel, { description: 'Officers, once the meeting has started and until its minutes are approved.' })
  recordDecision(@ReqContext() ctx: RequestContext, @Args() args: RecordDecisionArgs) {
    return this.decisions.record(signedInViewer(ctx), args.input);
  }

  /**
   * Whoever was handed the decision reads its meeting (its lists stay filtered by MeetingsPolicy):
   * every path to a decision checks the viewer's right to it first, and a referral's sending table
   * reads the receiving table's decisions (Referral.outcomeDecisions) without sitting there.
   */
  @ResolveField(() => MeetingModel)
  meeting(decision: DecisionEntity, _: NoArgs, ctx: RequestContext) {
    return this.meetings.meetingOfItem(ctx, decision);
  }

  @ResolveField(() => AgendaItemModel, { nullable: true })
  agendaItem(decision: DecisionEntity, _: NoArgs, ctx: RequestContext) {
    return this.meetings.item(ctx, decision.agendaItemId);
  }
}

/** `Meeting.decisions` and `AgendaItem.decisions`, batched per request. */
@Resolver(() => MeetingModel)
export class MeetingDecisionsResolver {
  constructor(private readonly service: DecisionsService) {}

  @ResolveField(() => [DecisionModel], { description: 'Oldest first; decisions on items the viewer may not see are left out.' })
  decisions(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.service.ofMeeting(ctx, meeting);
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemDecisionsResolver {
  constructor(private readonly service: DecisionsService) {}

  @ResolveField(() => [DecisionModel])
  decisions(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.service.ofItem(ctx, item);
  }
}
