import { Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingModel } from '../meetings/models/meeting.model';
import { CalendarsService } from './calendars.service';

@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly calendars: CalendarsService) {}

  @Access('signedIn')
  @Mutation(() => String, { description: 'Issues a new secret calendar-feed URL for the viewer (the old one stops working) and returns it.' })
  rotateCalendarFeed(@ReqContext() ctx: RequestContext) {
    return this.calendars.rotateFeed(signedInViewer(ctx));
  }
}

/** `Meeting.icsUrl`. */
@Resolver(() => MeetingModel)
export class MeetingIcsUrlResolver {
  constructor(private readonly calendars: CalendarsService) {}

  @ResolveField(() => String, { description: "Absolute URL of this meeting as an iCalendar file (needs the viewer's bearer token)." })
  icsUrl(meeting: MeetingEntity) {
    return this.calendars.meetingIcsUrl(meeting);
  }
}
