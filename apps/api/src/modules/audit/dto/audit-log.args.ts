import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class AuditLogArgs {
  @Field(() => ID, { nullable: true, description: "The table's history (its officers); absent: the whole platform's (coordinators)." })
  tableId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only the events of this action, e.g. agenda.published (one of those the API records; BAD_USER_INPUT otherwise).',
  })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the events this person caused (BAD_USER_INPUT for a malformed id).' })
  actorId?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 100, default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
