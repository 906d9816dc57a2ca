import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MinutesStatus } from '@concertation/shared-domain';

@ObjectType('Minutes')
export class MinutesModel {
  @Field(() => ID) id!: string;
  @Field(() => MinutesStatus) status!: MinutesStatus;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => Int, { description: 'Incremented by every edit; editMinutes must name the version it edits.' }) version!: number;
  @Field(() => Date, { nullable: true }) circulatedAt!: Date | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  /** Resolved by field resolvers with the viewer's rights: `meeting`, `approvedAtMeeting`, `markdown`, `revisions`. */
  meetingId!: string;
  approvedAtMeetingId!: string | null;
}
