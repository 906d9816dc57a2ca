import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { type ContextualEvent, liveStream, unlessRefused } from '../../core/live/live-stream';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import type { UserEntity } from '../accounts/user.entity';
import type { MeetingEventPayload } from '../meetings/meeting-activity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingViewsService } from '../meetings/meeting-views.service';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import type { NotificationEntity } from '../notifications/notification.entity';

/**
 * Live events per subscriber (docs/api-guide.md, "Live events"): an event reaches only a subscriber
 * who may see it, its fields resolved with that subscriber's own permissions. Authorized when
 * the subscription starts, re-checked at every event and periodically: someone removed from the
 * table stops hearing of its meeting, and their subscription ends.
 */
@Injectable()
export class LiveEventsService {
  constructor(
    private readonly events: EventBus,
    private readonly meetings: MeetingsPolicy,
    private readonly views: MeetingViewsService,
    private readonly loaders: EntityLoaders,
  ) {}

  /** NOT_FOUND for an unknown or malformed id, FORBIDDEN for someone who does not sit at the table. */
  async meetingEvents(ctx: RequestContext, meetingId: string): Promise<AsyncIterableIterator<ContextualEvent<MeetingEventPayload>>> {
    await this.meetings.readableMeeting(ctx, meetingId);
    return liveStream(ctx, this.events.asyncIterator<MeetingEventPayload>(Topics.meeting(meetingId)), {
      concerns: (event) => event?.meetingId === meetingId,
      allowed: async (eventCtx) => (await unlessRefused(this.meetings.readableMeeting(eventCtx, meetingId))) !== null,
      accessClass: async (_event, eventCtx) => this.meetings.accessClassAt(eventCtx, (await this.meetings.readableMeeting(eventCtx, meetingId)).meeting),
    });
  }

  /** The viewer's own notifications as they are written. */
  notificationsOf(ctx: RequestContext, viewer: Viewer): AsyncIterableIterator<ContextualEvent<NotificationEntity>> {
    return liveStream(ctx, this.events.asyncIterator<NotificationEntity>(Topics.notifications(viewer.userId)), {
      concerns: (notification, eventCtx) => notification?.userId === eventCtx.viewer?.userId,
    });
  }

  /** The meeting of an event, read now, with the subscriber's rights (its field resolvers filter the rest). */
  meetingOf(ctx: RequestContext, event: MeetingEventPayload): Promise<MeetingEntity> {
    return this.views.meeting(ctx, event.meetingId);
  }

  actorOf(ctx: RequestContext, event: MeetingEventPayload): Promise<UserEntity | null> | null {
    return event.actorId ? this.loaders.user(ctx).load(event.actorId) : null;
  }
}
