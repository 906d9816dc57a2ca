import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, MembershipStatus } from '@concertation/shared-domain';

/** An organization's membership of a table, from its request to its end. */
@Entity('table_membership')
export class TableMembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'table_id', type: 'uuid' }) tableId!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'varchar' }) status!: EnumValue<MembershipStatus>;
  @Column({ type: 'text', nullable: true }) message!: string | null;
  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true }) requestedById!: string | null;
  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true }) decidedById!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  /** The organization's titular representative: one of its seats at this table (cleared when that seat goes). */
  @Column({ name: 'delegate_participant_id', type: 'uuid', nullable: true }) delegateParticipantId!: string | null;
}
