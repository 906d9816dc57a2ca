import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MeetingStatus } from '@concertation/shared-domain';

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => MeetingStatus) status!: MeetingStatus;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field({ description: 'IANA zone the meeting is held in.' }) timeZone!: string;
  @Field(() => ID, { nullable: true, description: 'Shared by the meetings created from one recurrence rule.' }) seriesId!: string | null;
  @Field(() => Date, { nullable: true }) agendaPublishedAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelledReason!: string | null;
  /**
   * Resolved by field resolvers with the viewer's rights: `table`, `agenda`, `currentItem`,
   * `currentItemStartedAt` (null whenever `currentItem` is), `rsvps`, `viewerRsvp`, `attendance`,
   * `quorum`, `icsUrl`, `location`, `onlineUrl`.
   */
  tableId!: string;
  location!: string | null;
  onlineUrl!: string | null;
  currentItemId!: string | null;
  currentItemStartedAt!: Date | null;
}
