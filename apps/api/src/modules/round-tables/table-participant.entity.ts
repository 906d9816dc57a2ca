import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, TableRole } from '@concertation/shared-domain';

/** A person sitting at a table, for an organization, in a role. */
@Entity('table_participant')
export class TableParticipantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'table_id', type: 'uuid' }) tableId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId!: string | null;
  @Column({ type: 'varchar' }) role!: EnumValue<TableRole>;
  @Column({ type: 'timestamptz', default: () => 'now()' }) since!: Date;
}
