import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsDate, IsOptional, IsString, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from '@concertation/shared-domain';
import { given } from '../../meetings/dto/meeting-rules';
import { trim, trimToNull } from '../../round-tables/dto/text';
import { MAX_AUDIENCE_TABLES, MAX_QUESTIONS } from '../consultation-limits';
import { QuestionInput } from './create-consultation.input';

/**
 * A DRAFT's changes, checked as at its creation. Absent fields keep their value; null clears the
 * description and is refused elsewhere. `audienceTableIds` and `questions` replace the whole list.
 */
@InputType()
export class UpdateConsultationInput {
  @Field(() => String, { nullable: true, description: 'Cannot be cleared.' })
  @Transform(trim)
  @ValidateIf(given)
  @IsString({ message: 'title must not be empty.' })
  @MinLength(1, { message: 'title must not be empty.' })
  @MaxLength(MAX_TITLE_LENGTH, { message: `title must be at most ${MAX_TITLE_LENGTH} characters.` })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_LENGTH, { message: `description must be at most ${MAX_BODY_LENGTH} characters.` })
  description?: string | null;

  @Field(() => Date, { nullable: true, description: 'In the future; cannot be cleared.' })
  @ValidateIf(given)
  @IsDate({ message: 'closesAt must be a date-time.' })
  closesAt?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the audience: the running table and/or tables below it, at any depth.' })
  @ValidateIf(given)
  @IsArray({ message: 'audienceTableIds must name at least one table.' })
  @ArrayNotEmpty({ message: 'audienceTableIds must name at least one table.' })
  @ArrayMaxSize(MAX_AUDIENCE_TABLES)
  @IsString({ each: true })
  audienceTableIds?: string[] | null;

  @Field(() => [QuestionInput], { nullable: true, description: 'Replaces the questions (which get new ids: nobody has answered a DRAFT).' })
  @ValidateIf(given)
  @IsArray({ message: 'A consultation has at least one question.' })
  @ArrayNotEmpty({ message: 'A consultation has at least one question.' })
  @ArrayMaxSize(MAX_QUESTIONS, { message: `A consultation has at most ${MAX_QUESTIONS} questions.` })
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  questions?: QuestionInput[] | null;
}
