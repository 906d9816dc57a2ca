import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What one edit left: the summary and every item's notes after it. */
@Entity('minutes_revision')
export class MinutesRevisionEntity {
  @PrimaryColumn({ name: 'minutes_id', type: 'uuid' }) minutesId!: string;
  /** The version the edit produced. */
  @PrimaryColumn({ type: 'int' }) version!: number;
  @Column({ name: 'editor_id', type: 'uuid' }) editorId!: string;
  @Column({ name: 'edited_at', type: 'timestamptz', insert: false, update: false }) editedAt!: Date;
  @Column({ type: 'text', nullable: true }) summary!: string | null;
  @Column({ name: 'item_notes', type: 'jsonb' }) itemNotes!: Record<string, string | null>;
}
