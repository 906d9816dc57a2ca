import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Proxy', { description: 'An organization unable to attend entrusts its ballot at one meeting to another member organization.' })
export class ProxyModel {
  @Field(() => ID) id!: string;
  @Field() createdAt!: Date;
  /** Resolved by field resolvers: `meeting`, `from`, `to`, `createdBy`. */
  meetingId!: string;
  fromOrganizationId!: string;
  toOrganizationId!: string;
  createdById!: string | null;
}
