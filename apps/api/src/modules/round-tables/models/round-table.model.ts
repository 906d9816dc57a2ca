import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TableLevel } from '@concertation/shared-domain';
import { connectionTypes } from '../../../core/graphql/page';

@ObjectType('RoundTable')
export class RoundTableModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => TableLevel) level!: TableLevel;
  @Field(() => String, { nullable: true }) mandate!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Minimum number of member organizations present for quorum; null means a majority of ACTIVE member organizations.',
  })
  quorum!: number | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  /** Resolved by field resolvers: `regions`, `parent`, `children`, `memberships`, `participants`, `viewerRole`. */
  parentId!: string | null;
}

export const { Edge: RoundTableEdge, ConnectionType: RoundTableConnection } = connectionTypes(RoundTableModel, 'RoundTable');
