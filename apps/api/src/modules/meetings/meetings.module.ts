import { Module } from '@nestjs/common';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { AgendaFlowService } from './agenda-flow.service';
import { AgendaItemFieldsResolver } from './agenda-item-fields.resolver';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';
import { AttendanceFieldsResolver } from './attendance-fields.resolver';
import { AttendanceResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';
import { MeetingActivity } from './meeting-activity';
import { MeetingFieldsResolver } from './meeting-fields.resolver';
import { MeetingHooks } from './meeting-hooks';
import { MeetingViewsService } from './meeting-views.service';
import { MeetingsLoaders } from './meetings.loaders';
import { MeetingsPolicy } from './meetings.policy';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { NotificationMeetingResolver } from './notification-meeting.resolver';
import { RsvpFieldsResolver } from './rsvp-fields.resolver';
import { RsvpLinkController } from './rsvp-link.controller';
import { TableMeetingsResolver } from './table-meetings.resolver';

/**
 * Meetings, agendas, invitations and attendance. Exports the policy (who reads and runs
 * meetings, who sees in-camera items) and the views, for live events, attachments and calendars.
 */
@Module({
  imports: [RoundTablesModule],
  controllers: [RsvpLinkController],
  providers: [
    MeetingsPolicy,
    MeetingsLoaders,
    MeetingActivity,
    MeetingHooks,
    MeetingViewsService,
    MeetingsService,
    AgendaService,
    AgendaFlowService,
    AttendanceService,
    MeetingsResolver,
    MeetingFieldsResolver,
    AgendaResolver,
    AgendaItemFieldsResolver,
    AttendanceResolver,
    RsvpFieldsResolver,
    AttendanceFieldsResolver,
    TableMeetingsResolver,
    NotificationMeetingResolver,
  ],
  exports: [MeetingsPolicy, MeetingsLoaders, MeetingViewsService, MeetingActivity, MeetingHooks, AgendaService],
})
export class MeetingsModule {}
