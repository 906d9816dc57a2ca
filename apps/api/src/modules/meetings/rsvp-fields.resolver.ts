import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReqContext } from '../../core/auth/viewer.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { TableParticipantModel } from '../round-tables/models/table-participant.model';
import { MeetingsLoaders } from './meetings.loaders';
import { RsvpModel } from './models/rsvp.model';
import type { RsvpEntity } from './rsvp.entity';

@Resolver(() => RsvpModel)
export class RsvpFieldsResolver {
  constructor(private readonly loaders: MeetingsLoaders) {}

  @ResolveField(() => TableParticipantModel)
  participant(@Parent() rsvp: RsvpEntity, @ReqContext() ctx: RequestContext) {
    return this.loaders.participant(ctx).load(rsvp.participantId);
  }
}
