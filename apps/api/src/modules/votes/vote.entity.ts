import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, VoteMethod, VoteStatus, VoteThreshold } from '@concertation/shared-domain';

/** A formal vote on an agenda item; counted, with its decision, when it closes. */
@Entity('vote')
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'agenda_item_id', type: 'uuid' }) agendaItemId!: string;
  @Column({ type: 'text' }) question!: string;
  @Column({ type: 'varchar' }) method!: EnumValue<VoteMethod>;
  @Column({ type: 'jsonb' }) options!: string[];
  @Column({ type: 'varchar' }) threshold!: EnumValue<VoteThreshold>;
  @Column({ type: 'boolean', default: false }) secret!: boolean;
  @Column({ type: 'varchar', default: 'OPEN' }) status!: EnumValue<VoteStatus>;
  /** The table's ACTIVE member organizations when the vote opened. */
  @Column({ name: 'eligible_organization_ids', type: 'uuid', array: true }) eligibleOrganizationIds!: string[];
  @Column({ name: 'opened_by_id', type: 'uuid', nullable: true }) openedById!: string | null;
  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' }) openedAt!: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ type: 'jsonb', nullable: true }) results!: Array<{ option: string; count: number }> | null;
  @Column({ type: 'boolean', nullable: true }) passed!: boolean | null;
  @Column({ name: 'winning_option', type: 'text', nullable: true }) winningOption!: string | null;
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId!: string | null;
}
