import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReferralStatus } from '@concertation/shared-domain';

@ObjectType('Referral', { description: 'A question sent from one table to another (most often one level up) for its agenda.' })
export class ReferralModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) rationale!: string | null;
  @Field(() => ReferralStatus) status!: ReferralStatus;
  @Field() referredAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'What the receiving table answered (on decline, and any note on accept).' }) response!: string | null;
  /**
   * Resolved by field resolvers with the viewer's rights: `fromTable`, `toTable`, `sourceItem`,
   * `referredBy`, `decidedBy`, `scheduledItem`, `outcomeDecisions`.
   */
  fromTableId!: string;
  toTableId!: string;
  sourceItemId!: string | null;
  referredById!: string;
  decidedById!: string | null;
  scheduledItemId!: string | null;
}
