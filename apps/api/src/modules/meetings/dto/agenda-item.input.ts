import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MAX_BODY_LENGTH, MAX_ITEM_MINUTES, MAX_TITLE_LENGTH, AgendaItemKind, Confidentiality } from '@concertation/shared-domain';
import { trim, trimToNull } from '../../round-tables/dto/text';
import { given } from './meeting-rules';

const TITLE = { min: 'title must not be empty.', max: `title must be at most ${MAX_TITLE_LENGTH} characters.` };
const DESCRIPTION_MAX = `description must be at most ${MAX_BODY_LENGTH} characters.`;
const MINUTES = { min: 'durationMinutes must be at least 1.', max: `durationMinutes must be at most ${MAX_ITEM_MINUTES}.` };

/** A new agenda item; presenterId and presenterOrganizationId must exist (NOT_FOUND otherwise). */
@InputType()
export class AgendaItemInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: TITLE.min })
  @MaxLength(MAX_TITLE_LENGTH, { message: TITLE.max })
  title!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: DESCRIPTION_MAX })
  description?: string | null;

  @Field(() => AgendaItemKind, { nullable: true, description: 'DISCUSSION when absent.' })
  @IsOptional()
  @IsEnum(AgendaItemKind)
  kind?: AgendaItemKind | null;

  @Field(() => Confidentiality, { nullable: true, description: 'MEMBERS when absent.' })
  @IsOptional()
  @IsEnum(Confidentiality)
  confidentiality?: Confidentiality | null;

  @Field(() => Int, { nullable: true, description: '1 to 1440.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: MINUTES.min })
  @Max(MAX_ITEM_MINUTES, { message: MINUTES.max })
  durationMinutes?: number | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() presenterId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() presenterOrganizationId?: string | null;

  @Field(() => Int, { nullable: true, description: '1-based; appended at the end when absent; at most one past the last item.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'position must be at least 1.' })
  position?: number | null;
}

/** Absent fields keep their value; null clears description, durationMinutes and the presenters. */
@InputType()
export class AgendaItemUpdateInput {
  @Field(() => String, { nullable: true, description: 'Cannot be cleared.' })
  @Transform(trim)
  @ValidateIf(given)
  @IsString({ message: TITLE.min })
  @MinLength(1, { message: TITLE.min })
  @MaxLength(MAX_TITLE_LENGTH, { message: TITLE.max })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: DESCRIPTION_MAX })
  description?: string | null;

  @Field(() => AgendaItemKind, { nullable: true, description: 'Cannot be cleared.' })
  @ValidateIf(given)
  @IsEnum(AgendaItemKind, { message: 'kind cannot be cleared.' })
  kind?: AgendaItemKind | null;

  @Field(() => Confidentiality, { nullable: true, description: 'Cannot be cleared.' })
  @ValidateIf(given)
  @IsEnum(Confidentiality, { message: 'confidentiality cannot be cleared.' })
  confidentiality?: Confidentiality | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: MINUTES.min })
  @Max(MAX_ITEM_MINUTES, { message: MINUTES.max })
  durationMinutes?: number | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() presenterId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() presenterOrganizationId?: string | null;
}
