import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, SpeakerStatus } from '@concertation/shared-domain';

/** A request to speak on an item of a meeting in progress. */
@Entity('speaker_request')
export class SpeakerRequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'agenda_item_id', type: 'uuid' }) agendaItemId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  /** The organization the person speaks for: the speakers' list hears every organization once before anyone twice. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId!: string | null;
  @Column({ type: 'varchar', default: 'WAITING' }) status!: EnumValue<SpeakerStatus>;
  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) requestedAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
}
