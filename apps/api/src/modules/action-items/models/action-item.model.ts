import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionItemStatus } from '@concertation/shared-domain';
import { GraphQLCalendarDate } from '../../../core/graphql/date.scalar';
import { connectionTypes } from '../../../core/graphql/page';

@ObjectType('ActionItem')
export class ActionItemModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => GraphQLCalendarDate, { nullable: true }) dueOn!: string | null;
  @Field(() => ActionItemStatus) status!: ActionItemStatus;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Int) version!: number;
  /**
   * Resolved by field resolvers: `table`, `meeting`, `agendaItem`, `decision`, `assignee`,
   * `assigneeOrganization`, `overdue`, `updates`, `createdBy`.
   */
  tableId!: string;
  meetingId!: string | null;
  agendaItemId!: string | null;
  decisionId!: string | null;
  assigneeId!: string | null;
  assigneeOrganizationId!: string | null;
  createdById!: string;
}

export const { Edge: ActionItemEdge, ConnectionType: ActionItemConnection } = connectionTypes(ActionItemModel, 'ActionItem');
