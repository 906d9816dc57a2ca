import { Module } from '@nestjs/common';
import { ActionItemsModule } from '../action-items/action-items.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { ActionItemEventsResolver } from './action-item-events.resolver';
import { ActionItemEventsService } from './action-item-events.service';
import { ConsultationProgressResolver } from './consultation-progress.resolver';
import { ConsultationProgressService } from './consultation-progress.service';
import { LiveEventsService } from './live-events.service';
import { MeetingEventsResolver } from './meeting-events.resolver';
import { NotificationEventsResolver } from './notification-events.resolver';

/**
 * Subscriptions: meetingEvents, notificationReceived, actionItemChanged and consultationProgress
 * (graphql-ws is set up in core/live). The rule: every subscription lives here, and every one
 * streams through core/live's liveStream (who may have an event, what they receive, when the
 * stream ends); the domains publish events and own the policies these streams ask.
 */
@Module({
  imports: [MeetingsModule, RoundTablesModule, ActionItemsModule, ConsultationsModule],
  providers: [
    LiveEventsService,
    MeetingEventsResolver,
    NotificationEventsResolver,
    ActionItemEventsService,
    ActionItemEventsResolver,
    ConsultationProgressService,
    ConsultationProgressResolver,
  ],
})
export class LiveEventsModule {}
