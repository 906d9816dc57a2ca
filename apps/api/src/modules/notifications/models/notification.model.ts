import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '@concertation/shared-domain';
import { PageInfo } from '../../../core/graphql/page';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'What the notification is about beyond its table and meeting: the action item (ACTION_ITEM_*), the referral (REFERRAL_*), the consultation (CONSULTATION_*) or the protocol (PROTOCOL_PUBLISHED). Reading it still needs the rights to it.',
  })
  subjectId!: string | null;
  /** Resolved by field resolvers: `title` and `body` (in the reader's language), `table`, `meeting` (null when the reader may not read it). */
  tableId!: string | null;
  meetingId!: string | null;
}

@ObjectType('NotificationEdge')
export class NotificationEdge {
  @Field() cursor!: string;
  @Field(() => NotificationModel) node!: NotificationModel;
}

@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationEdge]) edges!: NotificationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => Int) unreadCount!: number;
}
