import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_TITLE_LENGTH } from '@concertation/shared-domain';
import { trim } from '../../round-tables/dto/text';

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words to find; an empty or blank query is refused (BAD_USER_INPUT).' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'query must not be empty.' })
  @MaxLength(MAX_TITLE_LENGTH, { message: `query must be at most ${MAX_TITLE_LENGTH} characters.` })
  query!: string;

  @Field(() => ID, { nullable: true, description: 'Only this table (NOT_FOUND when unknown, FORBIDDEN unless the viewer sits there).' })
  @IsOptional()
  @IsString()
  tableId?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 100, default 20.' })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;
}
