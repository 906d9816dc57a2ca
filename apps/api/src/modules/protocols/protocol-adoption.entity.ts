import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, AdoptionStatus } from '@concertation/shared-domain';

/** Where one table stands with one protocol: one record per table and protocol, replaced on each change. */
@Entity('protocol_adoption')
export class ProtocolAdoptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'protocol_id', type: 'uuid' }) protocolId!: string;
  @Column({ name: 'table_id', type: 'uuid' }) tableId!: string;
  @Column({ type: 'varchar' }) status!: EnumValue<AdoptionStatus>;
  @Column({ name: 'version_id', type: 'uuid', nullable: true }) versionId!: string | null;
  /** A decision of that table (checked when recorded). */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
