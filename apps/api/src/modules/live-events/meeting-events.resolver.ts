import { Args, ID, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { SameForAccessClass } from '../../core/live/once-per-access-class';
import { ReqContext, type RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import type { MeetingEventPayload } from '../meetings/meeting-activity';
import { MeetingEventModel } from '../meetings/models/meeting-event.model';
import { MeetingModel } from '../meetings/models/meeting.model';
import { LiveEventsService } from './live-events.service';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => MeetingEventModel)
export class MeetingEventsResolver {
  constructor(private readonly live: LiveEventsService) {}

  @Access('signedIn')
  @SameForAccessClass()
  @Subscription(() => MeetingEventModel, {
    description: 'Every change to a meeting the subscriber may see.',
    // Events are published as they are (ids only); fields resolve per subscriber below.
    resolve: (event: MeetingEventPayload) => event,
  })
  meetingEvents(@ReqContext() ctx: RequestContext, @Args('meetingId', { type: () => ID }) meetingId: string) {
    return this.live.meetingEvents(ctx, meetingId);
  }

  // The meeting's own row, the same for everyone admitted to the event.
  @SameForAccessClass()
  @ResolveField('meeting', () => MeetingModel)
  meeting(event: MeetingEventPayload, _: NoArgs, ctx: RequestContext) {
    return this.live.meetingOf(ctx, event);
  }

  @SameForAccessClass()
  @ResolveField('actor', () => UserModel, { nullable: true })
  actor(event: MeetingEventPayload, _: NoArgs, ctx: RequestContext) {
    return this.live.actorOf(ctx, event);
  }
}
