import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from '@concertation/shared-domain';
import { MAX_QUORUM, MAX_TABLE_REGIONS } from './create-table.input';
import { trim, trimToNull } from './text';

const given = (_: object, value: unknown) => value !== undefined;

/** Absent fields keep their value; an explicit null clears mandate, quorum and parentId. */
@InputType()
export class UpdateTableInput {
  @Field(() => String, { nullable: true, description: 'Cannot be cleared.' })
  @Transform(trim)
  @ValidateIf(given)
  @IsString({ message: 'name must not be empty.' })
  @MinLength(1, { message: 'name must not be empty.' })
  @MaxLength(MAX_TITLE_LENGTH, { message: `name must be at most ${MAX_TITLE_LENGTH} characters.` })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `mandate must be at most ${MAX_BODY_LENGTH} characters.` })
  mandate?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the regions, in this order; cannot be cleared.' })
  @ValidateIf(given)
  @IsArray({ message: 'regionIds must name at least one region.' })
  @ArrayNotEmpty({ message: 'regionIds must name at least one region.' })
  @ArrayMaxSize(MAX_TABLE_REGIONS)
  @IsString({ each: true })
  regionIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'COORDINATOR only; null detaches the table from its parent.' })
  @IsOptional()
  @IsString()
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'quorum must be at least 1.' })
  @Max(MAX_QUORUM)
  quorum?: number | null;
}
