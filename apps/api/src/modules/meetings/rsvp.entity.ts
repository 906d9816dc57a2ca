import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EnumValue, RsvpResponse } from '@concertation/shared-domain';

/** A participant's answer to a meeting's invitation. */
@Entity('rsvp')
export class RsvpEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ type: 'varchar' }) response!: EnumValue<RsvpResponse>;
  @Column({ name: 'responded_at', type: 'timestamptz', default: () => 'now()' }) respondedAt!: Date;
}
