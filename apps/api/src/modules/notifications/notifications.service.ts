import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from '../../core/graphql/enums';
import { NotificationEntity } from './notification.entity';

export interface NotificationDraft {
  kind: NotificationKind;
  title: string;
  body?: string | null;
  tableId?: string | null;
}

/** Writes notifications in the caller's transaction: they exist exactly when the change does. */
@Injectable()
export class NotificationsService {
  async notify(manager: EntityManager, userIds: Iterable<string>, draft: NotificationDraft): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    await manager.insert(
      NotificationEntity,
      unique.map((userId) => ({
        userId,
        kind: draft.kind,
        title: draft.title,
        body: draft.body ?? null,
        tableId: draft.tableId ?? null,
      })),
    );
  }
}
