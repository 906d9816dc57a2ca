import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, AgendaItemKind, AgendaItemStatus, Confidentiality } from '@concertation/shared-domain';

@Entity('agenda_item')
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  /** 1..n within the meeting, kept contiguous. */
  @Column({ type: 'int' }) position!: number;
  @Column() title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'varchar' }) kind!: EnumValue<AgendaItemKind>;
  @Column({ type: 'varchar' }) status!: EnumValue<AgendaItemStatus>;
  @Column({ type: 'varchar' }) confidentiality!: EnumValue<Confidentiality>;
  @Column({ name: 'duration_minutes', type: 'int', nullable: true }) durationMinutes!: number | null;
  @Column({ name: 'presenter_id', type: 'uuid', nullable: true }) presenterId!: string | null;
  @Column({ name: 'presenter_organization_id', type: 'uuid', nullable: true }) presenterOrganizationId!: string | null;
  @Column({ name: 'carried_over_from_id', type: 'uuid', nullable: true }) carriedOverFromId!: string | null;
  /** The item's part of the minutes. */
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
