import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column() kind!: string;
  /** What the text is made of (notification-texts.ts): rendered in the reader's language when read. */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" }) params!: object;
  @Column({ name: 'table_id', type: 'uuid', nullable: true }) tableId!: string | null;
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true }) meetingId!: string | null;
  @Column({ name: 'subject_id', type: 'uuid', nullable: true }) subjectId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
}
