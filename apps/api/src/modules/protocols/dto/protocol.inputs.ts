import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, Sector, AdoptionStatus } from '@concertation/shared-domain';
import { trim, trimToNull } from '../../round-tables/dto/text';

const BODY_EMPTY = 'body must not be empty.';
const BODY_LONG = `body must be at most ${MAX_BODY_LENGTH} characters.`;
/** Repeats are dropped, but a list far longer than the sectors there are is a mistake, not a choice. */
const MAX_SECTORS_SENT = 4 * Object.keys(Sector).length;

/** Ids are checked by the service (unknown or malformed: NOT_FOUND); texts and enums here. */
@InputType()
export class CreateProtocolInput {
  @Field(() => ID) @IsString() ownerTableId!: string;

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
  @MaxLength(MAX_BODY_LENGTH, { message: `summary must be at most ${MAX_BODY_LENGTH} characters.` })
  summary?: string | null;

  @Field(() => [Sector], { description: 'Repeated sectors count once.' })
  @IsArray()
  @ArrayMaxSize(MAX_SECTORS_SENT)
  @IsEnum(Sector, { each: true })
  sectors!: Sector[];

  @Field({ description: 'Markdown of version 1.' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: BODY_EMPTY })
  @MaxLength(MAX_BODY_LENGTH, { message: BODY_LONG })
  body!: string;
}

@ArgsType()
export class PublishProtocolVersionArgs {
  @Field(() => ID) @IsString() protocolId!: string;

  @Field({ description: 'Markdown of the new version, whole.' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: BODY_EMPTY })
  @MaxLength(MAX_BODY_LENGTH, { message: BODY_LONG })
  body!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `changeNote must be at most ${MAX_BODY_LENGTH} characters.` })
  changeNote?: string | null;
}

@InputType()
export class RecordAdoptionInput {
  @Field(() => ID) @IsString() protocolId!: string;
  @Field(() => ID) @IsString() tableId!: string;
  @Field(() => AdoptionStatus) @IsEnum(AdoptionStatus, { message: 'status must be an adoption status.' }) status!: AdoptionStatus;
  @Field(() => ID, { nullable: true, description: 'A version of this protocol; absent or null: the current version.' })
  @IsOptional()
  @IsString()
  versionId?: string | null;

  @Field(() => ID, { nullable: true, description: "A decision of that table (another table's is BAD_USER_INPUT)." })
  @IsOptional()
  @IsString()
  decisionId?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `note must be at most ${MAX_BODY_LENGTH} characters.` })
  note?: string | null;
}

@ArgsType()
export class ProtocolsArgs {
  @Field(() => String, { nullable: true, description: 'Case- and accent-insensitive substring of the title.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TITLE_LENGTH)
  search?: string | null;

  @Field(() => Sector, { nullable: true, description: 'Protocols naming this sector.' })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector | null;
}
