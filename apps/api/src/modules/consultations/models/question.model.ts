import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuestionKind } from '@concertation/shared-domain';

@ObjectType('Question')
export class QuestionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'From 1, in the order of the questionnaire.' }) position!: number;
  @Field() prompt!: string;
  @Field(() => QuestionKind) kind!: QuestionKind;
  @Field(() => [String], { description: 'The choices of a SINGLE_CHOICE or MULTIPLE_CHOICE question; empty for the others.' }) options!: string[];
  @Field() required!: boolean;
}
