import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SpeakerStatus } from '@concertation/shared-domain';

@ObjectType('SpeakerRequest', { description: 'A request to speak on the current item of a meeting in progress.' })
export class SpeakerRequestModel {
  @Field(() => ID) id!: string;
  @Field(() => SpeakerStatus) status!: SpeakerStatus;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  /** Resolved by field resolvers: meeting, agendaItem, user, organization. */
  meetingId!: string;
  agendaItemId!: string;
  userId!: string;
  organizationId!: string | null;
}
