import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { CalendarsController } from './calendars.controller';
import { CalendarFeedResolver, MeetingIcsUrlResolver } from './calendars.resolver';
import { CalendarsService } from './calendars.service';

/** iCalendar files of meetings and each person's secret feed. */
@Module({
  imports: [MeetingsModule],
  controllers: [CalendarsController],
  providers: [CalendarsService, CalendarFeedResolver, MeetingIcsUrlResolver],
})
export class CalendarsModule {}
