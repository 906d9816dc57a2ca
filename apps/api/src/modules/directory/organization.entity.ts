import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() name!: string;
  @Column({ type: 'varchar', nullable: true }) acronym!: string | null;
  /** Name and acronym folded for accent- and case-insensitive search (see foldForSearch). */
  @Column({ name: 'search_key', type: 'text' }) searchKey!: string;
  @Column({ type: 'varchar' }) sector!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ type: 'varchar', nullable: true }) website!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
