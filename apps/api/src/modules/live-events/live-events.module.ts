import { Module } from '@nestjs/common';
import { ActionItemsModule } from '../action-items/action-items.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { ActionItemEventsResolver } from './action-item-events.resolver';
import { ActionItemEventsService } from './action-item-events.service';
import { LiveEventsService } from './live-events.service';
import { MeetingEventsResolver } from './meeting-events.resolver';
import { NotificationEventsResolver } from './notification-events.resolver';

/** Subscriptions: meetingEvents, notificationReceived and actionItemChanged (graphql-ws is set up in core/live). */
@Module({
  imports: [MeetingsModule, RoundTablesModule, ActionItemsModule],
  providers: [LiveEventsService, MeetingEventsResolver, NotificationEventsResolver, ActionItemEventsService, ActionItemEventsResolver],
})
export class LiveEventsModule {}
