import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TableRole } from '@concertation/shared-domain';

@ObjectType('TableParticipant', { description: 'A person sitting at a table, for an organization, in a role.' })
export class TableParticipantModel {
  @Field(() => ID) id!: string;
  @Field(() => TableRole) role!: TableRole;
  @Field() since!: Date;
  /** Resolved by field resolvers: `table`, `user`, `organization`. */
  tableId!: string;
  userId!: string;
  organizationId!: string | null;
}
