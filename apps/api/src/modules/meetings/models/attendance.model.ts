import { Field, ObjectType } from '@nestjs/graphql';
import { AttendanceStatus } from '@concertation/shared-domain';

@ObjectType('Attendance')
export class AttendanceModel {
  @Field(() => AttendanceStatus) status!: AttendanceStatus;
  @Field() recordedAt!: Date;
  /** Resolved by field resolvers: `user`, `organization`. */
  userId!: string;
  organizationId!: string | null;
  meetingId!: string;
}
