import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsDate, IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, QuestionKind } from '@concertation/shared-domain';
import { trim, trimToNull } from '../../round-tables/dto/text';
import { MAX_AUDIENCE_TABLES, MAX_OPTIONS, MAX_PROMPT_LENGTH, MAX_QUESTIONS } from '../consultation-limits';

const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value);

/** Texts, counts and enums here; which options fit which kind, ids and dates are the service's checks. */
@InputType()
export class QuestionInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'prompt must not be empty.' })
  @MaxLength(MAX_PROMPT_LENGTH, { message: `prompt must be at most ${MAX_PROMPT_LENGTH} characters.` })
  prompt!: string;

  @Field(() => QuestionKind)
  @IsEnum(QuestionKind, { message: 'kind must be a question kind.' })
  kind!: QuestionKind;

  @Field(() => [String], { nullable: true, description: 'Two or more distinct options for SINGLE_CHOICE and MULTIPLE_CHOICE; none for TEXT and SCALE.' })
  @Transform(trimEach)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS, { message: `A question has at most ${MAX_OPTIONS} options.` })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'An option must not be empty.' })
  @MaxLength(MAX_TITLE_LENGTH, { each: true, message: `An option must be at most ${MAX_TITLE_LENGTH} characters.` })
  options?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false when absent.' })
  @IsOptional()
  @IsBoolean()
  required?: boolean | null;
}

@InputType()
export class CreateConsultationInput {
  @Field(() => ID) @IsString() tableId!: string;

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
  @MaxLength(MAX_BODY_LENGTH, { message: `description must be at most ${MAX_BODY_LENGTH} characters.` })
  description?: string | null;

  @Field({ description: 'In the future.' }) @IsDate() closesAt!: Date;

  @Field(() => [ID], { description: 'The running table and/or tables below it, at any depth.' })
  @IsArray()
  @ArrayNotEmpty({ message: 'audienceTableIds must name at least one table.' })
  @ArrayMaxSize(MAX_AUDIENCE_TABLES)
  @IsString({ each: true })
  audienceTableIds!: string[];

  @Field(() => [QuestionInput])
  @IsArray()
  @ArrayNotEmpty({ message: 'A consultation has at least one question.' })
  @ArrayMaxSize(MAX_QUESTIONS, { message: `A consultation has at most ${MAX_QUESTIONS} questions.` })
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  questions!: QuestionInput[];
}
