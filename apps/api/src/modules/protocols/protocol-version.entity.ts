import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One published text of a protocol, kept whole (never a patch), so that any two versions can be
 * compared; numbers start at 1 and grow by exactly 1 per publication.
 */
@Entity('protocol_version')
export class ProtocolVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'protocol_id', type: 'uuid' }) protocolId!: string;
  @Column({ type: 'int' }) number!: number;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'change_note', type: 'text', nullable: true }) changeNote!: string | null;
  @Column({ name: 'published_by_id', type: 'uuid' }) publishedById!: string;
  @Column({ name: 'published_at', type: 'timestamptz', insert: false, update: false }) publishedAt!: Date;
}
