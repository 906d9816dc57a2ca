import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A collaboration protocol, maintained by its owner table; its text lives in its versions. */
@Entity('protocol')
export class ProtocolEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'owner_table_id', type: 'uuid' }) ownerTableId!: string;
  @Column() title!: string;
  /** The title folded for accent- and case-insensitive search (see foldForSearch). */
  @Column({ name: 'search_key', type: 'text' }) searchKey!: string;
  @Column({ type: 'text', nullable: true }) summary!: string | null;
  @Column({ type: 'varchar', array: true }) sectors!: string[];
  @Column({ name: 'created_by_id', type: 'uuid' }) createdById!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}
