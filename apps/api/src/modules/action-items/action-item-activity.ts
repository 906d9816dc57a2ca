import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EnumValue, MeetingEventKind, NotificationKind, type TableRole } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import type { MeetingEventPayload } from '../meetings/meeting-activity';
import { NotificationsService } from '../notifications/notifications.service';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import type { ActionItemEntity } from './action-item.entity';
import { ActionItemsPolicy } from './action-items.policy';

/** What an action-item topic carries: ids only, each subscriber reloads the item with their own rights. */
export interface ActionItemEventPayload {
  /** One per change: a "mine" subscriber hears of it on both its user and organization topics, once. */
  eventId: string;
  actionItemId: string;
  tableId: string;
  /** Everyone the item was or is assigned to: a subscriber to "mine" hears of an item leaving them too. */
  assigneeIds: string[];
  organizationIds: string[];
  actorId: string;
  at: Date;
}

type Assigned = Pick<ActionItemEntity, 'assigneeId' | 'assigneeOrganizationId'>;

/**
 * After every action-item change, in its transaction: the audit event, the live events (after
 * commit), and ACTION_ITEM_ASSIGNED to whoever got the item.
 */
@Injectable()
export class ActionItemActivity {
  constructor(
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly notifications: NotificationsService,
    private readonly policy: ActionItemsPolicy,
  ) {}

  async record(manager: EntityManager, viewer: Viewer, item: ActionItemEntity, action: string, before: Assigned | null = null): Promise<void> {
    await this.audit.record(manager, { actorId: viewer.userId, action, entityType: 'actionItem', entityId: item.id, tableId: item.tableId });
    const assigneeIds = [...new Set([item.assigneeId, before?.assigneeId].filter((id): id is string => !!id))];
    const organizationIds = [...new Set([item.assigneeOrganizationId, before?.assigneeOrganizationId].filter((id): id is string => !!id))];
    const payload: ActionItemEventPayload = {
      eventId: randomUUID(),
      actionItemId: item.id,
      tableId: item.tableId,
      assigneeIds,
      organizationIds,
      actorId: viewer.userId,
      at: new Date(),
    };
    const topics = [Topics.tableActionItems(item.tableId), ...assigneeIds.map(Topics.userActionItems), ...organizationIds.map(Topics.organizationActionItems)];
    for (const topic of topics) this.events.publishAfterCommit(manager, topic, payload);
    if (item.meetingId) {
      const meetingEvent: MeetingEventPayload = {
        kind: MeetingEventKind.ACTION_ITEM_CHANGED,
        meetingId: item.meetingId,
        tableId: item.tableId,
        actorId: viewer.userId,
        at: new Date(),
      };
      this.events.publishAfterCommit(manager, Topics.meeting(item.meetingId), meetingEvent);
    }
  }

  /**
   * ACTION_ITEM_ASSIGNED to the assignee, or without one to the assignee organization's people at
   * the table; never to the actor (who knows). Someone who may not read an in-camera item gets a
   * notice without its title.
   */
  async notifyAssigned(manager: EntityManager, viewer: Viewer, item: ActionItemEntity): Promise<void> {
    const recipients = await this.assignedPeople(manager, item);
    const readers = recipients.filter((r) => r.userId !== viewer.userId);
    if (readers.length === 0) return;
    const table = await manager.findOneByOrFail(RoundTableEntity, { id: item.tableId });
    const agendaItem = item.agendaItemId ? await manager.findOneBy(AgendaItemEntity, { id: item.agendaItemId }) : null;
    const inCamera = agendaItem?.confidentiality === 'IN_CAMERA';
    const base = { kind: NotificationKind.ACTION_ITEM_ASSIGNED, tableId: item.tableId, meetingId: item.meetingId, subjectId: item.id } as const;
    const full = readers.filter((r) => !inCamera || this.policy.seesInCamera(r.role)).map((r) => r.userId);
    const redacted = readers.filter((r) => inCamera && !this.policy.seesInCamera(r.role)).map((r) => r.userId);
    await this.notifications.notify(manager, full, { ...base, params: { itemTitle: item.title, tableName: table.name, dueOn: item.dueOn ?? null } });
    await this.notifications.notify(manager, redacted, { ...base, params: { itemTitle: null, tableName: table.name, dueOn: item.dueOn ?? null } });
  }

  /** The assignee, or the assignee organization's people at the table, with their role there. */
  async assignedPeople(manager: EntityManager, item: ActionItemEntity): Promise<Recipient[]> {
    const { tableId, assigneeId, assigneeOrganizationId } = item;
    const where = assigneeId ? { tableId, userId: assigneeId } : assigneeOrganizationId ? { tableId, organizationId: assigneeOrganizationId } : null;
    return where ? assignedAmong(item, await manager.findBy(TableParticipantEntity, where)) : [];
  }
}

/** Someone an action item concerns, with their role at its table (null: no longer seated there). */
export interface Recipient {
  userId: string;
  role: EnumValue<TableRole> | null;
}

type SeatAtTable = Pick<TableParticipantEntity, 'userId' | 'organizationId' | 'role'>;

/**
 * Who an action item is assigned to, among the seats of its table: its assignee (seated or not),
 * or else the people of its assignee organization who sit there.
 */
export function assignedAmong(item: Pick<ActionItemEntity, 'assigneeId' | 'assigneeOrganizationId'>, seats: readonly SeatAtTable[]): Recipient[] {
  if (item.assigneeId) return [{ userId: item.assigneeId, role: seats.find((s) => s.userId === item.assigneeId)?.role ?? null }];
  if (!item.assigneeOrganizationId) return [];
  return seats.filter((s) => s.organizationId === item.assigneeOrganizationId).map((s) => ({ userId: s.userId, role: s.role }));
}
