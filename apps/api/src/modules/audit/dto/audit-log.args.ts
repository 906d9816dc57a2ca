import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class AuditLogArgs {
  @Field(() => ID, { nullable: true, description: "The table's history (its officers); absent: the whole platform's (coordinators)." })
  tableId?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 100, default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
