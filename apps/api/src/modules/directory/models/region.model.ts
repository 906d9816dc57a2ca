import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RegionKind } from '@concertation/shared-domain';

@ObjectType('Region', { description: "Canada's 13 provinces and territories, and Quebec's 17 administrative regions (parent CA-QC)." })
export class RegionModel {
  @Field(() => ID) id!: string;
  @Field({ description: "CA-QC style (ISO 3166-2) for provinces and territories; QC-01 .. QC-17 for Quebec's administrative regions." })
  code!: string;
  @Field() nameFr!: string;
  @Field() nameEn!: string;
  @Field(() => RegionKind) kind!: RegionKind;
  @Field({ description: 'IANA zone used as the default for meetings held there, e.g. America/Toronto.' })
  timeZone!: string;
  /** Resolved by field resolvers: `name` (viewer's locale) and `parent`. */
  parentId!: string | null;
}
