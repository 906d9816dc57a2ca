import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EmailPurpose, EnumValue } from '@concertation/shared-domain';

export type EmailStatus = 'PENDING' | 'SENT' | 'FAILED';

/**
 * One e-mail to send, written in the transaction of the change that causes it. It names what to
 * say (a notification, a digest's notifications, a reset link), not the words: those are written
 * when it is sent, in the recipient's language, from the data as it is then.
 */
@Entity('email_outbox')
export class EmailOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar' }) purpose!: EnumValue<EmailPurpose>;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ name: 'notification_id', type: 'uuid', nullable: true }) notificationId!: string | null;
  /** DIGEST: `{ notificationIds }`; PASSWORD_RESET: `{ link }`, emptied once sent. */
  @Column({ type: 'jsonb', default: {} }) payload!: Record<string, unknown>;
  @Column({ type: 'varchar', default: 'PENDING' }) status!: EmailStatus;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz' }) nextAttemptAt!: Date;
  /** While set and in the future, a sender has claimed it. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true }) leaseUntil!: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
