import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EnumValue, MeetingStatus } from '@concertation/shared-domain';

@Entity('meeting')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'table_id', type: 'uuid' }) tableId!: string;
  @Column({ name: 'series_id', type: 'uuid', nullable: true }) seriesId!: string | null;
  @Column() title!: string;
  @Column({ type: 'varchar' }) status!: EnumValue<MeetingStatus>;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ name: 'time_zone' }) timeZone!: string;
  @Column({ type: 'varchar', nullable: true }) location!: string | null;
  @Column({ name: 'online_url', type: 'varchar', nullable: true }) onlineUrl!: string | null;
  @Column({ name: 'agenda_published_at', type: 'timestamptz', nullable: true }) agendaPublishedAt!: Date | null;
  @Column({ name: 'current_item_id', type: 'uuid', nullable: true }) currentItemId!: string | null;
  /** Set by the database clock whenever the current item changes; null with no current item. */
  @Column({ name: 'current_item_started_at', type: 'timestamptz', nullable: true }) currentItemStartedAt!: Date | null;
  @Column({ name: 'cancelled_reason', type: 'text', nullable: true }) cancelledReason!: string | null;
  /** iCalendar SEQUENCE: incremented by every change a calendar client must pick up. */
  @Column({ type: 'int' }) sequence!: number;
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
