import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { MAX_BODY_LENGTH, DecisionOutcome } from '@concertation/shared-domain';
import { trim } from '../../round-tables/dto/text';

/** More votes than any table has members: a count this high is a typing mistake. */
const MAX_VOTES = 100_000;

@InputType('DecisionInput')
export class DecisionInput {
  @Field(() => ID) @IsString() meetingId!: string;
  @Field(() => ID, { nullable: true, description: 'An item of that meeting.' }) @IsOptional() @IsString() agendaItemId?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'text must not be empty.' })
  @MaxLength(MAX_BODY_LENGTH, { message: `text must be at most ${MAX_BODY_LENGTH} characters.` })
  text!: string;

  @Field(() => DecisionOutcome) @IsEnum(DecisionOutcome) outcome!: DecisionOutcome;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_VOTES) votesFor?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_VOTES) votesAgainst?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_VOTES) abstentions?: number | null;
}

@ArgsType()
export class RecordDecisionArgs {
  @Field(() => DecisionInput) @ValidateNested() @Type(() => DecisionInput) input!: DecisionInput;
}
