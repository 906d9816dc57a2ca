import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { ApproveMinutesArgs, EditMinutesArgs, MinutesMeetingArgs } from './dto/edit-minutes.args';
import { MinutesModel } from './models/minutes.model';
import { MinutesService } from './minutes.service';

/** The minutes cycle (officers): edit with optimistic concurrency, circulate, approve. */
@Resolver()
export class MinutesResolver {
  constructor(private readonly minutes: MinutesService) {}

  @Access('signedIn')
  @Mutation(() => MinutesModel, { description: 'Fails with CONFLICT when expectedVersion is not the current version.' })
  editMinutes(@ReqContext() ctx: RequestContext, @Args() args: EditMinutesArgs) {
    return this.minutes.edit(signedInViewer(ctx), args.meetingId, args.expectedVersion, args.input);
  }

  @Access('signedIn')
  @Mutation(() => MinutesModel)
  circulateMinutes(@ReqContext() ctx: RequestContext, @Args() args: MinutesMeetingArgs) {
    return this.minutes.circulate(signedInViewer(ctx), args.meetingId);
  }

  @Access('signedIn')
  @Mutation(() => MinutesModel)
  approveMinutes(@ReqContext() ctx: RequestContext, @Args() args: ApproveMinutesArgs) {
    return this.minutes.approve(signedInViewer(ctx), args.meetingId, args.atMeetingId);
  }
}
