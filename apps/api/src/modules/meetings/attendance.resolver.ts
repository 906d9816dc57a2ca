import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { AttendanceService } from './attendance.service';
import { RecordAttendanceArgs, RespondArgs } from './dto/meeting-actions.args';
import { AttendanceModel } from './models/attendance.model';
import { RsvpModel } from './models/rsvp.model';

/** Answers to invitations (anyone who sits at the table) and attendance (officers). */
@Resolver()
export class AttendanceResolver {
  constructor(private readonly attendance: AttendanceService) {}

  @Access('signedIn')
  @Mutation(() => RsvpModel, { description: 'Anyone who sits at the table answers for their own seat; a later answer replaces the earlier one.' })
  respondToInvitation(@ReqContext() ctx: RequestContext, @Args() args: RespondArgs) {
    return this.attendance.respond(signedInViewer(ctx), args.meetingId, args.response);
  }

  @Access('signedIn')
  @Mutation(() => AttendanceModel, { description: 'Officers; the person must sit at the table (BAD_USER_INPUT otherwise).' })
  recordAttendance(@ReqContext() ctx: RequestContext, @Args() args: RecordAttendanceArgs) {
    return this.attendance.record(signedInViewer(ctx), args.meetingId, args.userId, args.status);
  }
}
