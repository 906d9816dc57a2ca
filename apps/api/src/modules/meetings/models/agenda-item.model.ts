import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgendaItemKind, AgendaItemStatus, Confidentiality } from '@concertation/shared-domain';

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: "1-based, contiguous within the viewer's agenda of a meeting." }) position!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => AgendaItemKind) kind!: AgendaItemKind;
  @Field(() => AgendaItemStatus) status!: AgendaItemStatus;
  @Field(() => Confidentiality) confidentiality!: Confidentiality;
  @Field(() => Int, { nullable: true }) durationMinutes!: number | null;
  /** Resolved by field resolvers: `meeting`, `presenter`, `presenterOrganization`, `carriedOverFrom`, `attachments`. */
  meetingId!: string;
  presenterId!: string | null;
  presenterOrganizationId!: string | null;
  carriedOverFromId!: string | null;
}
