import { ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context';
import { NotificationModel } from '../notifications/models/notification.model';
import type { NotificationEntity } from '../notifications/notification.entity';
import { MeetingViewsService } from './meeting-views.service';
import { MeetingModel } from './models/meeting.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** `Notification.meeting`: lives here so that the notifications module need not know meetings. */
@Resolver(() => NotificationModel)
export class NotificationMeetingResolver {
  constructor(private readonly views: MeetingViewsService) {}

  @ResolveField(() => MeetingModel, { nullable: true, description: 'Null when the reader may no longer read it (for instance after leaving the table).' })
  meeting(notification: NotificationEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.meetingIfReadable(ctx, notification.meetingId);
  }
}
