import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import { channelSql } from './notification-preferences.service';

/**
 * Writes e-mails to the outbox in the caller's transaction: an e-mail exists exactly when the
 * change that causes it does, and survives a crash between the commit and the sending. Once the
 * transaction commits, every process's sender is woken (OutboxSender).
 */
@Injectable()
export class OutboxService {
  constructor(private readonly events: EventBus) {}

  /** One e-mail per notification whose recipient takes its kind by e-mail right away. */
  async notificationsWritten(manager: EntityManager, notificationIds: readonly string[]): Promise<void> {
    if (notificationIds.length === 0) return;
    const rows: unknown[] = await manager.query(
      `INSERT INTO email_outbox (purpose, recipient_id, notification_id)
       SELECT 'NOTIFICATION', n.user_id, n.id
         FROM notification n
         LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.kind = n.kind
        WHERE n.id = ANY($1::uuid[]) AND ${channelSql('n', 'p')} = 'EMAIL'
       RETURNING id`,
      [notificationIds],
    );
    if (rows.length > 0) this.wakeSenders(manager);
  }

  /** A password-reset link: the link is kept only until the e-mail is sent. */
  async passwordReset(manager: EntityManager, userId: string, link: string): Promise<void> {
    await manager.query(`INSERT INTO email_outbox (purpose, recipient_id, payload) VALUES ('PASSWORD_RESET', $1, $2)`, [userId, { link }]);
    this.wakeSenders(manager);
  }

  wakeSenders(manager: EntityManager | null): void {
    this.events.publishAfterCommit(manager, Topics.emailOutbox, {});
  }
}
