import { ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context';
import { TableParticipantModel } from '../round-tables/models/table-participant.model';
import { MeetingsLoaders } from './meetings.loaders';
import { RsvpModel } from './models/rsvp.model';
import type { RsvpEntity } from './rsvp.entity';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => RsvpModel)
export class RsvpFieldsResolver {
  constructor(private readonly loaders: MeetingsLoaders) {}

  @ResolveField(() => TableParticipantModel)
  participant(rsvp: RsvpEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.participant(ctx).load(rsvp.participantId);
  }
}
