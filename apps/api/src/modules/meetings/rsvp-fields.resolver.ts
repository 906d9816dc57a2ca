import { ResolveField, Resolver } from '@nestjs/graphql';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import type { RequestContext } from '../../core/graphql/request-context';
import { TableParticipantModel } from '../round-tables/models/table-participant.model';
import type { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { substituteAsParticipant } from './meeting-seat';
import { MeetingsLoaders } from './meetings.loaders';
import { RsvpModel } from './models/rsvp.model';
import type { RsvpEntity } from './rsvp.entity';

@Resolver(() => RsvpModel)
export class RsvpFieldsResolver {
  constructor(private readonly loaders: MeetingsLoaders) {}

  /** The seat that answered: a participant of the table, or a substitute's seat at this meeting. */
  @ResolveField(() => TableParticipantModel)
  async participant(rsvp: RsvpEntity, _: NoArgs, ctx: RequestContext): Promise<TableParticipantEntity | null> {
    const participant = await this.loaders.participant(ctx).load(rsvp.participantId);
    if (participant) return participant;
    const [substitution, meeting] = await Promise.all([
      this.loaders.substitution(ctx).load(rsvp.participantId),
      this.loaders.meeting(ctx).load(rsvp.meetingId),
    ]);
    return substitution && meeting ? substituteAsParticipant(substitution, meeting.tableId) : null;
  }
}
