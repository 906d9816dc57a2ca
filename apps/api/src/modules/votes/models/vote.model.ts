import { Field, ID, ObjectType } from '@nestjs/graphql';
import { VoteMethod, VoteStatus, VoteThreshold } from '@concertation/shared-domain';

@ObjectType('Vote', { description: 'A formal vote on an agenda item: one ballot per member organization of the table.' })
export class VoteModel {
  @Field(() => ID) id!: string;
  @Field() question!: string;
  @Field(() => VoteMethod) method!: VoteMethod;
  @Field(() => [String], { description: 'YES, NO, ABSTAIN for YES_NO_ABSTAIN; the given options for CHOICE.' }) options!: string[];
  @Field(() => VoteThreshold) threshold!: VoteThreshold;
  @Field({ description: 'A secret vote records who voted, never how.' }) secret!: boolean;
  @Field(() => VoteStatus) status!: VoteStatus;
  @Field() openedAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'For CHOICE, the option that met the threshold; null otherwise.' }) winningOption!: string | null;
  /** Resolved by field resolvers: meeting, agendaItem, openedBy, eligible and voted organizations, results, passed, ballots, decision. */
  meetingId!: string;
  agendaItemId!: string;
}

@ObjectType('Ballot')
export class BallotModel {
  @Field() castAt!: Date;
  @Field({ description: 'Cast by the organization holding this organization’s proxy.' }) byProxy!: boolean;
  /** Resolved by field resolvers: organization, choice (as the viewer may read it), castBy. */
  voteId!: string;
  organizationId!: string;
}
