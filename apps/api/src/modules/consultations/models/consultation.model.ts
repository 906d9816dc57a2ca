import { Field, ID, ObjectType } from '@nestjs/graphql';

/** Fields that depend on the clock or on the viewer (status, relations, results) resolve in ConsultationFieldsResolver. */
@ObjectType('Consultation', { description: 'A table asks the member organizations of audience tables (itself and/or tables below it) for their views.' })
export class ConsultationModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was opened; null while DRAFT.' }) opensAt!: Date | null;
  @Field({ description: 'When it closes by itself; the moment it was closed when an officer closed it earlier.' }) closesAt!: Date;
  tableId!: string;
  status!: string;
}
