import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActionItemStatus } from '@concertation/shared-domain';

@ObjectType('ActionItemUpdate')
export class ActionItemUpdateModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) body!: string | null;
  @Field(() => ActionItemStatus, { nullable: true, description: 'The status the item moved to with this update, if it changed.' })
  status!: ActionItemStatus | null;
  @Field() createdAt!: Date;
  /** Resolved by a field resolver: `author`. */
  authorId!: string;
}
