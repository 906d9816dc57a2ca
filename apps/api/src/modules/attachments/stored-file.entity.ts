import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file uploaded with POST /uploads; an attachment once `agendaItemId` is set. Its bytes are
 * rows of `file_chunk`, read one by one when it is downloaded.
 */
@Entity('stored_file')
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'uploaded_by_id', type: 'uuid' }) uploadedById!: string;
  @Column({ name: 'file_name' }) fileName!: string;
  @Column({ name: 'content_type' }) contentType!: string;
  @Column({ type: 'int' }) size!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' }) uploadedAt!: Date;
  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true }) agendaItemId!: string | null;
  @Column({ name: 'attached_at', type: 'timestamptz', nullable: true }) attachedAt!: Date | null;
}
