import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationKind } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import { NotificationsService } from '../notifications/notifications.service';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import type { ConsultationEntity } from './consultation.entity';

/** What the consultation topic carries: the id only; each subscriber reloads it with their own rights. */
export interface ConsultationEventPayload {
  consultationId: string;
  at: Date;
}

export type ConsultationAction = 'consultation.created' | 'consultation.updated' | 'consultation.opened' | 'consultation.closed' | 'consultation.answered';

/**
 * After every consultation change, in its transaction: the audit event (entityId: the
 * consultation, for answers too), the live progress event (after commit), and CONSULTATION_OPENED.
 */
@Injectable()
export class ConsultationActivity {
  constructor(
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  /** `actorId` is null when it closed by itself at closesAt. */
  async record(manager: EntityManager, actorId: string | null, consultation: ConsultationEntity, action: ConsultationAction): Promise<void> {
    await this.audit.record(manager, { actorId, action, entityType: 'consultation', entityId: consultation.id, tableId: consultation.tableId });
    if (action !== 'consultation.created') {
      const payload: ConsultationEventPayload = { consultationId: consultation.id, at: new Date() };
      this.events.publishAfterCommit(manager, Topics.consultation(consultation.id), payload);
    }
  }

  /**
   * CONSULTATION_OPENED to the invited organizations' people at the audience tables (their seats
   * there are for an invited organization), but not to the officer who opened it.
   */
  async notifyOpened(manager: EntityManager, actorId: string, consultation: ConsultationEntity): Promise<void> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT DISTINCT tp.user_id
         FROM consultation_audience ca
         JOIN table_participant tp ON tp.table_id = ca.table_id
         JOIN consultation_invitation ci ON ci.consultation_id = ca.consultation_id AND ci.organization_id = tp.organization_id
        WHERE ca.consultation_id = $1 AND tp.user_id <> $2`,
      [consultation.id, actorId],
    );
    if (rows.length === 0) return;
    const table = await manager.findOneByOrFail(RoundTableEntity, { id: consultation.tableId });
    await this.notifications.notify(
      manager,
      rows.map((r) => r.user_id),
      {
        kind: NotificationKind.CONSULTATION_OPENED,
        params: { consultationTitle: consultation.title, tableName: table.name, closesAt: new Date(consultation.closesAt).toISOString() },
        tableId: consultation.tableId,
        subjectId: consultation.id,
      },
    );
  }
}
