import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Sector, AdoptionStatus } from '@concertation/shared-domain';
import { RegionModel } from '../../directory/models/region.model';
import type { RegionEntity } from '../../directory/region.entity';
import { RoundTableModel } from '../../round-tables/models/round-table.model';
import type { RoundTableEntity } from '../../round-tables/round-table.entity';

@ObjectType('Protocol', { description: 'A collaboration protocol between sectors, maintained by one table and adopted region by region.' })
export class ProtocolModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => [Sector]) sectors!: Sector[];
  /** Resolved by field resolvers: `ownerTable`, `currentVersion`, `versions`, `adoptions`, `coverage`. */
  ownerTableId!: string;
}

@ObjectType('ProtocolVersion', { description: 'One published text, kept whole: clients compare any two versions themselves.' })
export class ProtocolVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1 for the first version, then +1 per publication.' }) number!: number;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => String, { nullable: true }) changeNote!: string | null;
  @Field() publishedAt!: Date;
  /** Resolved by a field resolver: `publishedBy`. */
  publishedById!: string;
}

@ObjectType('ProtocolAdoption')
export class ProtocolAdoptionModel {
  @Field(() => ID) id!: string;
  @Field(() => AdoptionStatus) status!: AdoptionStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() updatedAt!: Date;
  /** Resolved by field resolvers: `protocol`, `table`, `version`, `decision`. */
  protocolId!: string;
  tableId!: string;
  versionId!: string | null;
  decisionId!: string | null;
}

@ObjectType('RegionAdoption')
export class RegionAdoptionModel {
  @Field(() => RegionModel) region!: RegionEntity;
  @Field(() => AdoptionStatus, { description: 'The best status of the REGIONAL tables covering the region: ADOPTED > IN_PROGRESS > NOT_STARTED.' })
  status!: AdoptionStatus;
  @Field(() => [RoundTableModel], { description: 'The REGIONAL tables (not archived) covering the region that have an adoption record, by name.' })
  tables!: RoundTableEntity[];
  @Field(() => Int, { nullable: true, description: 'The newest version number adopted there, if any.' })
  adoptedVersion!: number | null;
}

@ObjectType('ProtocolCoverage', { description: "For each of Quebec's 17 administrative regions: the best status of any REGIONAL table covering it." })
export class ProtocolCoverageModel {
  @Field(() => [RegionAdoptionModel], { description: 'By region code, QC-01 to QC-17.' }) regions!: RegionAdoptionModel[];
  @Field(() => Int, { description: 'Regions whose status is ADOPTED, outdated or not.' }) adoptedCount!: number;
  @Field(() => Int, { description: 'Regions whose adoption is of an older version than currentVersion.' }) outdatedCount!: number;
}
