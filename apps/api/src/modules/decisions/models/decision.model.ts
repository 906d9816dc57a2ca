import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecisionOutcome } from '@concertation/shared-domain';

@ObjectType('Decision')
export class DecisionModel {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field(() => DecisionOutcome) outcome!: DecisionOutcome;
  @Field(() => Int, { nullable: true }) votesFor!: number | null;
  @Field(() => Int, { nullable: true }) votesAgainst!: number | null;
  @Field(() => Int, { nullable: true }) abstentions!: number | null;
  @Field() recordedAt!: Date;
  /** Resolved by field resolvers with the viewer's rights: `meeting`, `agendaItem` (and `actionItems`, in modules/action-items). */
  meetingId!: string;
  agendaItemId!: string | null;
}
