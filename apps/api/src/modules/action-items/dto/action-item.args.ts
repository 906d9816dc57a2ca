import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { MAX_BODY_LENGTH, ActionItemStatus } from '@concertation/shared-domain';
import { trimToNull } from '../../round-tables/dto/text';
import { ActionItemFilter, UpdateActionItemInput } from './action-item.inputs';

@ArgsType()
export class ActionItemListArgs {
  @Field(() => ActionItemFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionItemFilter)
  filter?: ActionItemFilter | null;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string | null;
}

@ArgsType()
export class UpdateActionItemArgs {
  @Field(() => ID) @IsString() id!: string;

  @Field(() => UpdateActionItemInput)
  @ValidateNested()
  @Type(() => UpdateActionItemInput)
  input!: UpdateActionItemInput;

  @Field(() => Int, { nullable: true, description: 'Fails with CONFLICT when given and not the current version.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;
}

/** A comment, a status change, or both; at least one of them. */
@ArgsType()
export class PostActionItemUpdateArgs {
  @Field(() => ID) @IsString() id!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_BODY_LENGTH, { message: `body must be at most ${MAX_BODY_LENGTH} characters.` })
  body?: string | null;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus | null;
}
