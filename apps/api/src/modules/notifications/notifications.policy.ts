import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { forbidden, notFound } from '../../core/errors/domain-errors';
import { NotificationEntity } from './notification.entity';

/**
 * Who may read and mark notifications (docs/api-guide.md): their recipient, and nobody else, coordinators
 * included. `notifications` lists only the viewer's own (`n.user_id` is the viewer); marking names ids.
 */
@Injectable()
export class NotificationsPolicy {
  isRecipient(viewer: Viewer, notification: Pick<NotificationEntity, 'userId'>): boolean {
    return notification.userId === viewer.userId;
  }

  /** markNotificationsRead(ids): unknown ids are NOT_FOUND; someone else's are FORBIDDEN, without a word of their content. */
  async assertOwn(manager: EntityManager, viewer: Viewer, ids: string[]): Promise<void> {
    const found = await manager.find(NotificationEntity, { select: { id: true, userId: true }, where: { id: In(ids) } });
    const byId = new Map(found.map((n) => [n.id, n]));
    for (const id of ids) {
      const notification = byId.get(id);
      if (!notification) throw notFound('notification');
      if (!this.isRecipient(viewer, notification)) throw forbidden('This notification is not yours.');
    }
  }
}
