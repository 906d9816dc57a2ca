import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, ReferralStatus } from '@concertation/shared-domain';
import { trim, trimToNull } from '../../round-tables/dto/text';

/** Ids are checked by the service (unknown or malformed: NOT_FOUND); texts here. */
@InputType('ReferralInput')
export class ReferralInput {
  @Field(() => ID, { description: 'The sending table; the viewer must be one of its officers.' }) @IsString() fromTableId!: string;
  @Field(() => ID, { description: 'A table above the sending one: its parent, or a table further up.' }) @IsString() toTableId!: string;
  @Field(() => ID, { nullable: true, description: 'An agenda item of a meeting of the sending table.' }) @IsOptional() @IsString() sourceItemId?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title must not be empty.' })
  @MaxLength(MAX_TITLE_LENGTH, { message: `title must be at most ${MAX_TITLE_LENGTH} characters.` })
  title!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `rationale must be at most ${MAX_BODY_LENGTH} characters.` })
  rationale?: string | null;
}

@ArgsType()
export class ReferAgendaItemArgs {
  @Field(() => ReferralInput) @ValidateNested() @Type(() => ReferralInput) input!: ReferralInput;
}

@ArgsType()
export class DecideReferralArgs {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Boolean) @IsBoolean() accept!: boolean;

  @Field(() => ID, { nullable: true, description: 'On accept: a meeting of the receiving table, not cancelled or adjourned.' })
  @IsOptional()
  @IsString()
  meetingId?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `response must be at most ${MAX_BODY_LENGTH} characters.` })
  response?: string | null;
}

@ArgsType()
export class ReferralListArgs {
  @Field(() => ReferralStatus, { nullable: true }) @IsOptional() @IsEnum(ReferralStatus) status?: ReferralStatus | null;
}
