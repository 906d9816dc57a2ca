import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RsvpResponse } from '@concertation/shared-domain';

@ObjectType('Substitution', {
  description:
    'A person an organization sends to one meeting in place of its delegate. The substitute reads and acts at that meeting as a MEMBER of the table would, and at no other meeting.',
})
export class SubstitutionModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() createdAt!: Date;
  @Field(() => RsvpResponse, { nullable: true, description: 'The substitute’s answer to the invitation, if any.' })
  response!: RsvpResponse | null;
  /** Resolved by field resolvers: `meeting`, `organization`, `substitute`, `replaces`, `createdBy`. */
  meetingId!: string;
  organizationId!: string;
  substituteId!: string;
  replacesId!: string | null;
  createdById!: string | null;
}
