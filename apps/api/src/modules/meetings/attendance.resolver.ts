import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { CurrentViewer } from '../../core/auth/viewer.decorator';
import { AttendanceService } from './attendance.service';
import { RecordAttendanceArgs, RespondArgs } from './dto/meeting-actions.args';
import { AttendanceModel } from './models/attendance.model';
import { RsvpModel } from './models/rsvp.model';

/** Answers to invitations (anyone who sits at the table) and attendance (officers). */
@Resolver()
export class AttendanceResolver {
  constructor(private readonly attendance: AttendanceService) {}

  @Access('signedIn')
  @Mutation(() => RsvpModel, { description: "Anyone who sits at the table answers for their own seat; a later answer replaces the earlier one." })
  respondToInvitation(@CurrentViewer() viewer: Viewer, @Args() args: RespondArgs) {
    return this.attendance.respond(viewer, args.meetingId, args.response);
  }

  @Access('signedIn')
  @Mutation(() => AttendanceModel, { description: 'Officers; the person must sit at the table (BAD_USER_INPUT otherwise).' })
  recordAttendance(@CurrentViewer() viewer: Viewer, @Args() args: RecordAttendanceArgs) {
    return this.attendance.record(viewer, args.meetingId, args.userId, args.status);
  }
}
