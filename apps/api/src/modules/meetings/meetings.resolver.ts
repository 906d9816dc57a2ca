import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { AdjournMeetingArgs, CancelMeetingArgs } from './dto/meeting-actions.args';
import { MeetingRangeArgs } from './dto/meetings.args';
import { ScheduleMeetingInput } from './dto/schedule-meeting.input';
import { UpdateMeetingInput } from './dto/update-meeting.input';
import { MeetingViewsService } from './meeting-views.service';
import { MeetingsService } from './meetings.service';
import { MeetingModel } from './models/meeting.model';

/** Reading meetings, and their life: schedule, edit, cancel, start, adjourn (officers of the table). */
@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly views: MeetingViewsService,
  ) {}

  @Access('signedIn')
  @Query(() => MeetingModel, { nullable: true, description: 'Those who sit at its table; FORBIDDEN for others, NOT_FOUND for an unknown id.' })
  meeting(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.views.meeting(ctx, id);
  }

  @Access('signedIn')
  @Query(() => [MeetingModel], { description: 'Meetings of every table the viewer sits at, by startsAt.' })
  myMeetings(@ReqContext() ctx: RequestContext, @Args() args: MeetingRangeArgs) {
    return this.views.mine(signedInViewer(ctx), args);
  }

  @Access('signedIn')
  @Mutation(() => [MeetingModel], { description: 'Returns every meeting created: one, or one per occurrence of the recurrence rule.' })
  scheduleMeeting(@ReqContext() ctx: RequestContext, @Args('input') input: ScheduleMeetingInput) {
    return this.meetings.schedule(signedInViewer(ctx), input);
  }

  @Access('signedIn')
  @Mutation(() => MeetingModel, { description: 'Officers; a DRAFT meeting becomes SCHEDULED; FORBIDDEN once cancelled or adjourned.' })
  updateMeeting(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateMeetingInput) {
    return this.meetings.update(signedInViewer(ctx), id, input);
  }

  @Access('signedIn')
  @Mutation(() => MeetingModel, { description: 'Officers; any meeting but an adjourned one.' })
  cancelMeeting(@ReqContext() ctx: RequestContext, @Args() args: CancelMeetingArgs) {
    return this.meetings.cancel(signedInViewer(ctx), args.id, args.reason ?? null);
  }

  @Access('signedIn')
  @Mutation(() => MeetingModel, { description: 'Officers; a SCHEDULED or DRAFT meeting becomes IN_PROGRESS.' })
  startMeeting(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.meetings.start(signedInViewer(ctx), id);
  }

  @Access('signedIn')
  @Mutation(() => MeetingModel, {
    description: 'Officers; an IN_PROGRESS meeting becomes ADJOURNED, its undiscussed items kept, deferred, or deferred and carried over.',
  })
  adjournMeeting(@ReqContext() ctx: RequestContext, @Args() args: AdjournMeetingArgs) {
    return this.meetings.adjourn(signedInViewer(ctx), args.id, { deferUndiscussed: args.deferUndiscussed ?? false, carryOverTo: args.carryOverTo ?? null });
  }
}
