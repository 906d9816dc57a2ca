import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, RsvpResponse } from '@concertation/shared-domain';

/**
 * A colleague an organization sends to one meeting in its delegate's place: while it stands, the
 * substitute holds a seat at that meeting only (MeetingsPolicy.seatAt). A replaced or withdrawn
 * one is kept, ended, so that the attendance recorded for it still says who came.
 */
@Entity('substitution')
export class SubstitutionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'substitute_id', type: 'uuid' }) substituteId!: string;
  /** The organization's delegate at the table when the substitute was sent. */
  @Column({ name: 'replaces_id', type: 'uuid', nullable: true }) replacesId!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  /** The substitute's own answer to the invitation (their seat has no row in `rsvp`). */
  @Column({ type: 'varchar', nullable: true }) response!: EnumValue<RsvpResponse> | null;
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ name: 'ended_by_id', type: 'uuid', nullable: true }) endedById!: string | null;
}
