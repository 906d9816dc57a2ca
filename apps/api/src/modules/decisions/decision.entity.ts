import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, DecisionOutcome } from '@concertation/shared-domain';

@Entity('decision')
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  /** Null for a decision taken outside any agenda item; an IN_CAMERA item hides it from observers. */
  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true }) agendaItemId!: string | null;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'varchar' }) outcome!: EnumValue<DecisionOutcome>;
  @Column({ name: 'votes_for', type: 'int', nullable: true }) votesFor!: number | null;
  @Column({ name: 'votes_against', type: 'int', nullable: true }) votesAgainst!: number | null;
  @Column({ type: 'int', nullable: true }) abstentions!: number | null;
  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true }) recordedById!: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz', insert: false, update: false }) recordedAt!: Date;
}
