import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ConsultationModel } from './consultation.model';
import { QuestionModel } from './question.model';

@ObjectType('OptionCount')
export class OptionCountModel {
  @Field() option!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('QuestionResult')
export class QuestionResultModel {
  @Field(() => QuestionModel) question!: QuestionModel;
  @Field(() => [OptionCountModel], {
    description: 'Every option of a choice question with how many organizations chose it, in the order of the options; empty for the others.',
  })
  optionCounts!: OptionCountModel[];
  @Field(() => Float, { nullable: true, description: 'The average answer of a SCALE question; null for the others or without answers.' })
  averageScale!: number | null;
  @Field(() => [String], { description: 'The answers to a TEXT question, oldest submission first, without who wrote them; empty for the others.' })
  texts!: string[];
}

@ObjectType('ConsultationResults')
export class ConsultationResultsModel {
  @Field(() => Int) invitedCount!: number;
  @Field(() => Int) responseCount!: number;
  @Field(() => [QuestionResultModel]) questions!: QuestionResultModel[];
}

@ObjectType('ConsultationProgress')
export class ConsultationProgressModel {
  @Field(() => ConsultationModel) consultation!: ConsultationModel;
  @Field(() => Int) invitedCount!: number;
  @Field(() => Int) responseCount!: number;
}
