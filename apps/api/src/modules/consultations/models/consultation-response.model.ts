import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuestionModel } from './question.model';

@ObjectType('Answer')
export class AnswerModel {
  @Field(() => QuestionModel) question!: QuestionModel;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => [String], { description: 'The options chosen (SINGLE_CHOICE: one; MULTIPLE_CHOICE: one or more).' }) choices!: string[];
  @Field(() => Int, { nullable: true }) scale!: number | null;
}

@ObjectType('ConsultationResponse')
export class ConsultationResponseModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'When the latest submission was made.' }) submittedAt!: Date;
  /** Resolved by field resolvers: `organization`, `submittedBy`, `answers`. */
  consultationId!: string;
  organizationId!: string;
  submittedById!: string;
}
