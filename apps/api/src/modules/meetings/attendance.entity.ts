import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EnumValue, AttendanceStatus } from '@concertation/shared-domain';

@Entity('attendance')
export class AttendanceEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  /** The organization the person sat for when attendance was taken: quorum counts organizations. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId!: string | null;
  @Column({ type: 'varchar' }) status!: EnumValue<AttendanceStatus>;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}
