import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, MinutesStatus } from '@concertation/shared-domain';

/** One meeting's minutes. `version` changes only through MinutesService's conditional UPDATE. */
@Entity('minutes')
export class MinutesEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ type: 'varchar' }) status!: EnumValue<MinutesStatus>;
  @Column({ type: 'text', nullable: true }) summary!: string | null;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'circulated_at', type: 'timestamptz', nullable: true }) circulatedAt!: Date | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt!: Date | null;
  @Column({ name: 'approved_at_meeting_id', type: 'uuid', nullable: true }) approvedAtMeetingId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', insert: false }) updatedAt!: Date;
}
