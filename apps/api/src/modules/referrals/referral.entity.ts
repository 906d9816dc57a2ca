import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, ReferralStatus } from '@concertation/shared-domain';

@Entity('referral')
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'from_table_id', type: 'uuid' }) fromTableId!: string;
  @Column({ name: 'to_table_id', type: 'uuid' }) toTableId!: string;
  /** An agenda item of a meeting of the sending table. */
  @Column({ name: 'source_item_id', type: 'uuid', nullable: true }) sourceItemId!: string | null;
  @Column() title!: string;
  @Column({ type: 'text', nullable: true }) rationale!: string | null;
  @Column({ type: 'varchar' }) status!: EnumValue<ReferralStatus>;
  @Column({ name: 'referred_by_id', type: 'uuid' }) referredById!: string;
  @Column({ name: 'referred_at', type: 'timestamptz', insert: false, update: false }) referredAt!: Date;
  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true }) decidedById!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) response!: string | null;
  /** An agenda item of a meeting of the receiving table, once accepted into one. */
  @Column({ name: 'scheduled_item_id', type: 'uuid', nullable: true }) scheduledItemId!: string | null;
}
