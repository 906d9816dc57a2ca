import { Field, ObjectType } from '@nestjs/graphql';
import { RsvpResponse } from '@concertation/shared-domain';

@ObjectType('Rsvp')
export class RsvpModel {
  @Field(() => RsvpResponse) response!: RsvpResponse;
  @Field() respondedAt!: Date;
  /** Resolved by a field resolver: `participant`. */
  participantId!: string;
  meetingId!: string;
}
