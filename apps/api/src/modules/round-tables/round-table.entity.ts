import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, TableLevel } from '@concertation/shared-domain';

@Entity('round_table')
export class RoundTableEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() name!: string;
  @Column({ name: 'search_key', type: 'text' }) searchKey!: string;
  @Column({ type: 'varchar' }) level!: EnumValue<TableLevel>;
  @Column({ type: 'text', nullable: true }) mandate!: string | null;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @Column({ type: 'int', nullable: true }) quorum!: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
}
