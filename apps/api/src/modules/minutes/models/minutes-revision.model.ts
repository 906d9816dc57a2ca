import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MinutesRevision')
export class MinutesRevisionModel {
  @Field(() => Int, { description: 'The version this edit produced.' }) version!: number;
  @Field() editedAt!: Date;
  /** Resolved by a field resolver: `editor`. */
  editorId!: string;
}
