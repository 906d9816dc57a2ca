import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Quorum', { description: 'Counted in distinct member organizations with someone PRESENT.' })
export class QuorumModel {
  @Field(() => Int) required!: number;
  @Field(() => Int) present!: number;
  @Field() reached!: boolean;
}
