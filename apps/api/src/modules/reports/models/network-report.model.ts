import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLCalendarDate } from '../../../core/graphql/date.scalar';
import { TableReportModel } from './table-report.model';

@ObjectType('RegionActivity')
export class RegionActivityModel {
  @Field(() => Int, { description: 'REGIONAL tables whose regions include this one, archived ones left out.' }) tables!: number;
  @Field(() => Int) meetingsHeld!: number;
  @Field(() => Float, { nullable: true }) attendanceRate!: number | null;
  @Field(() => Int, { description: 'Protocols whose coverage of this region is ADOPTED.' }) protocolsAdopted!: number;
  /** Resolved by a field resolver: region. */
  regionId!: string;
}

@ObjectType('NetworkReport', { description: 'The whole network over a period (COORDINATOR).' })
export class NetworkReportModel {
  @Field(() => GraphQLCalendarDate) from!: string;
  @Field(() => GraphQLCalendarDate) to!: string;
  @Field(() => [TableReportModel], { description: 'Every table that is not archived, by name.' }) tables!: TableReportModel[];
  @Field(() => [RegionActivityModel], { description: "Quebec's 17 administrative regions." }) regions!: RegionActivityModel[];
}
