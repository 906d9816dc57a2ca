import { Field, ObjectType } from '@nestjs/graphql';
import { MeetingEventKind } from '@concertation/shared-domain';
import { MeetingModel } from './meeting.model';

@ObjectType('MeetingEvent', { description: "The meeting as it is after the change, resolved with the subscriber's own permissions." })
export class MeetingEventModel {
  @Field(() => MeetingEventKind) kind!: MeetingEventKind;
  @Field() at!: Date;
  /** Resolved per subscriber by field resolvers: `meeting` (reloaded with their rights), `actor`. */
  meetingId!: string;
  actorId!: string | null;
}
export { MeetingModel };
