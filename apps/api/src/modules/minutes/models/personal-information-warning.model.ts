import { Field, ObjectType } from '@nestjs/graphql';
import { PersonalInformationKind } from '@concertation/shared-domain';

@ObjectType('PersonalInformationWarning', {
  description: 'Text that looks like personal information. Minutes and notes should never identify a person the table discusses.',
})
export class PersonalInformationWarningModel {
  @Field(() => PersonalInformationKind) kind!: PersonalInformationKind;
  @Field(() => String, { description: "Where: summary, or the agenda item's id for its notes." }) field!: string;
  @Field(() => String, { description: 'The match with all but its first and last characters masked.' }) excerpt!: string;
}
