import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { CurrentViewer } from '../../core/auth/viewer.decorator';
import { ApproveMinutesArgs, EditMinutesArgs, MinutesMeetingArgs } from './dto/edit-minutes.args';
import { MinutesModel } from './models/minutes.model';
import { MinutesService } from './minutes.service';

/** The minutes cycle (officers): edit with optimistic concurrency, circulate, approve. */
@Resolver()
export class MinutesResolver {
  constructor(private readonly minutes: MinutesService) {}

  @Access('signedIn')
  @Mutation(() => MinutesModel, { description: 'Fails with CONFLICT when expectedVersion is not the current version.' })
  editMinutes(@CurrentViewer() viewer: Viewer, @Args() args: EditMinutesArgs) {
    return this.minutes.edit(viewer, args.meetingId, args.expectedVersion, args.input);
  }

  @Access('signedIn')
  @Mutation(() => MinutesModel)
  circulateMinutes(@CurrentViewer() viewer: Viewer, @Args() args: MinutesMeetingArgs) {
    return this.minutes.circulate(viewer, args.meetingId);
  }

  @Access('signedIn')
  @Mutation(() => MinutesModel)
  approveMinutes(@CurrentViewer() viewer: Viewer, @Args() args: ApproveMinutesArgs) {
    return this.minutes.approve(viewer, args.meetingId, args.atMeetingId);
  }
}
