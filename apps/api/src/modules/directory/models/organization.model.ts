import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Sector } from '@concertation/shared-domain';
import { connectionTypes } from '../../../core/graphql/page';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => Sector) sector!: Sector;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field() createdAt!: Date;
  /** Resolved by field resolvers: `region`, `members`, `tableMemberships`. */
  regionId!: string;
}

export const { Edge: OrganizationEdge, ConnectionType: OrganizationConnection } = connectionTypes(OrganizationModel, 'Organization');
