import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { LiveEventsService } from './live-events.service';
import { MeetingEventsResolver } from './meeting-events.resolver';
import { NotificationEventsResolver } from './notification-events.resolver';

/** Subscriptions: meetingEvents and notificationReceived (graphql-ws is set up in core/live). */
@Module({
  imports: [MeetingsModule],
  providers: [LiveEventsService, MeetingEventsResolver, NotificationEventsResolver],
})
export class LiveEventsModule {}
