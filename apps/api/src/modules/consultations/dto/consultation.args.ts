import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ConsultationStatus } from '@concertation/shared-domain';
import { MAX_QUESTIONS } from '../consultation-limits';

/** One answer; whether it fits its question (kind, options, bounds, length, required) is the service's check. */
@InputType()
export class AnswerInput {
  @Field(() => ID) @IsString() questionId!: string;
  @Field(() => String, { nullable: true, description: 'For a TEXT question.' }) @IsOptional() @IsString() text?: string | null;
  @Field(() => [String], { nullable: true, description: 'Options of a SINGLE_CHOICE (one) or MULTIPLE_CHOICE (one or more) question.' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  choices?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'For a SCALE question: 1 to 5.' }) @IsOptional() @IsInt() scale?: number | null;
}

@ArgsType()
export class SubmitConsultationResponseArgs {
  @Field(() => ID) @IsString() consultationId!: string;
  @Field(() => ID) @IsString() organizationId!: string;

  @Field(() => [AnswerInput])
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers!: AnswerInput[];
}

@ArgsType()
export class MyConsultationsArgs {
  @Field(() => ConsultationStatus, { nullable: true }) @IsOptional() @IsEnum(ConsultationStatus) status?: ConsultationStatus | null;
}
