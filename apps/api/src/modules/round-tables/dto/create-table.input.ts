import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, TableLevel } from '@concertation/shared-domain';
import { trim, trimToNull } from './text';

/** More regions than Canada has would be a mistake, not a table. */
export const MAX_TABLE_REGIONS = 30;
export const MAX_QUORUM = 1000;

@InputType()
export class CreateTableInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty.' })
  @MaxLength(MAX_TITLE_LENGTH, { message: `name must be at most ${MAX_TITLE_LENGTH} characters.` })
  name!: string;

  @Field(() => TableLevel)
  @IsEnum(TableLevel)
  level!: TableLevel;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `mandate must be at most ${MAX_BODY_LENGTH} characters.` })
  mandate?: string | null;

  /** Ids are checked by the service: unknown or malformed ones are NOT_FOUND. */
  @Field(() => [ID], { description: 'At least one; kept in this order (the first gives the default time zone).' })
  @IsArray()
  @ArrayNotEmpty({ message: 'regionIds must name at least one region.' })
  @ArrayMaxSize(MAX_TABLE_REGIONS)
  @IsString({ each: true })
  regionIds!: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'quorum must be at least 1.' })
  @Max(MAX_QUORUM)
  quorum?: number | null;

  @Field(() => ID, { nullable: true, description: "Becomes CHAIR; that user's organization becomes an ACTIVE member." })
  @IsOptional()
  @IsString()
  chairUserId?: string | null;
}
