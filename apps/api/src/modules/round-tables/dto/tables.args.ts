import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_TITLE_LENGTH, TableLevel } from '@concertation/shared-domain';

@ArgsType()
export class TablesArgs {
  @Field(() => String, { nullable: true, description: 'Case- and accent-insensitive substring of the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TITLE_LENGTH)
  search?: string | null;

  @Field(() => TableLevel, { nullable: true })
  level?: TableLevel | null;

  @Field(() => ID, { nullable: true, description: 'Tables covering this region or one of its administrative regions.' })
  regionId?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 100, default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
