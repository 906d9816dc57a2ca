import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipStatus } from '@concertation/shared-domain';

@ObjectType('TableMembership', { description: "An organization's membership of a table, from its request to its end." })
export class TableMembershipModel {
  @Field(() => ID) id!: string;
  @Field(() => MembershipStatus) status!: MembershipStatus;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  /** Resolved by field resolvers: `table`, `organization`, `requestedBy`, `decidedBy`, `delegate`, `alternates`. */
  tableId!: string;
  organizationId!: string;
  requestedById!: string | null;
  decidedById!: string | null;
  delegateParticipantId!: string | null;
}
