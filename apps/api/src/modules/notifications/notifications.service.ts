import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { isUuid, type NotificationKind } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, notFound } from '../../core/errors/domain-errors';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../core/graphql/page';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import { OutboxService } from '../email/outbox.service';
import type { NotificationParamsByKind } from './notification-texts';
import { NotificationEntity } from './notification.entity';
import { NotificationsPolicy } from './notifications.policy';

/** A notification to write: its kind and the parameters its text is made of, never a sentence in one language. */
export type NotificationDraft = {
  [K in NotificationKind]: { kind: K; params: NotificationParamsByKind[K] } & NotificationLinks;
}[NotificationKind];

interface NotificationLinks {
  tableId?: string | null;
  /** The meeting it is about (MEETING_*, AGENDA_PUBLISHED); `Notification.meeting` resolves it with the reader's rights. */
  meetingId?: string | null;
  /** What else it is about, by kind: the action item (ACTION_ITEM_*), referral, consultation or protocol. */
  subjectId?: string | null;
}

/** A notification as listed: `cursorAt` is created_at as text, at PostgreSQL's microsecond precision. */
type ListedNotification = NotificationEntity & { cursorAt: string };

export type NotificationPage = Connection<NotificationEntity> & { unreadCount: number };

/** The most ids one markNotificationsRead call may name. */
const MAX_IDS = 500;
/** Rows per INSERT: 6 parameters each, well under PostgreSQL's 65,535 per statement. */
const INSERT_BATCH = 1000;

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly policy: NotificationsPolicy,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Writes notifications in the caller's transaction: they exist exactly when the change does.
   * Each recipient also hears of theirs live (notificationReceived), once the transaction commits,
   * and by e-mail when they take that kind by e-mail (the outbox is written in the same transaction).
   */
  notify(manager: EntityManager, userIds: Iterable<string>, draft: NotificationDraft): Promise<void> {
    return this.notifyEach(
      manager,
      [...new Set(userIds)].map((userId) => ({ userId, draft })),
    );
  }

  /**
   * As `notify`, for notifications that differ from one recipient to the next (a daily job's
   * thousands of reminders): a few multi-row statements instead of one per notification.
   */
  async notifyEach(manager: EntityManager, notices: ReadonlyArray<{ userId: string; draft: NotificationDraft }>): Promise<void> {
    for (let start = 0; start < notices.length; start += INSERT_BATCH) {
      const rows = notices.slice(start, start + INSERT_BATCH).map(({ userId, draft }) => ({
        userId,
        kind: draft.kind,
        params: draft.params,
        tableId: draft.tableId ?? null,
        meetingId: draft.meetingId ?? null,
        subjectId: draft.subjectId ?? null,
      }));
      const inserted = await manager.createQueryBuilder().insert().into(NotificationEntity).values(rows).returning('*').execute();
      const ids: string[] = [];
      for (const row of inserted.raw as Array<Record<string, unknown>>) {
        const notification = toNotification(row);
        ids.push(notification.id);
        this.events.publishAfterCommit(manager, Topics.notifications(notification.userId), notification);
      }
      await this.outbox.notificationsWritten(manager, ids);
    }
  }

  /** The viewer's own notifications, newest first. */
  async list(viewer: Viewer, args: { unreadOnly?: boolean | null; first?: number | null; after?: string | null }): Promise<NotificationPage> {
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2);
    if (after && (typeof after[0] !== 'string' || !isUuid(after[1]) || Number.isNaN(Date.parse(after[0])))) {
      throw badInput('after is not a cursor this list gave out.', 'after');
    }
    const filter = `n.user_id = $1${args.unreadOnly ? ' AND n.read_at IS NULL' : ''}`;
    const params: unknown[] = [viewer.userId];
    let page = '';
    if (after) {
      params.push(after[0], after[1]);
      page = ` AND (n.created_at, n.id) < ($2::timestamptz, $3::uuid)`;
    }
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT n.id, n.user_id, n.kind, n.params, n.table_id, n.meeting_id, n.subject_id, n.created_at, n.read_at, n.created_at::text AS cursor_at
         FROM notification n
        WHERE ${filter}${page}
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT ${limit + 1}`,
      params,
    );
    const counts: Array<{ total: number; unread: number }> = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${args.unreadOnly ? 'read_at IS NULL' : 'true'})::int AS total,
              count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification WHERE user_id = $1`,
      [viewer.userId],
    );
    const nodes = rows.map(toListed);
    return {
      ...toConnection<ListedNotification>(nodes, limit, Number(counts[0].total), (n) => [n.cursorAt, n.id]),
      unreadCount: Number(counts[0].unread),
    };
  }

  /**
   * Marks the viewer's named notifications read (all of their unread ones when `ids` is absent)
   * and says how many changed; already-read ones do not count.
   */
  async markRead(viewer: Viewer, ids: string[] | null | undefined): Promise<number> {
    if (ids && ids.length > MAX_IDS) throw badInput(`At most ${MAX_IDS} ids at once.`, 'ids');
    if (ids && !ids.every(isUuid)) throw notFound('notification');
    return this.dataSource.transaction(async (manager) => {
      if (ids && ids.length > 0) await this.policy.assertOwn(manager, viewer, ids);
      if (ids && ids.length === 0) return 0;
      const query = manager
        .createQueryBuilder()
        .update(NotificationEntity)
        .set({ readAt: () => 'now()' })
        .where({ userId: viewer.userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) });
      const changed = (await query.execute()).affected ?? 0;
      // Reading changes the notifications' state; the viewer's account is what holds them.
      if (changed > 0) {
        await this.audit.record(manager, { actorId: viewer.userId, action: 'notification.read', entityType: 'user', entityId: viewer.userId });
      }
      return changed;
    });
  }
}

/** A notification row as PostgreSQL returns it (snake_case), as an entity. */
function toNotification(row: Record<string, unknown>): NotificationEntity {
  return Object.assign(new NotificationEntity(), {
    id: row.id as string,
    userId: row.user_id as string,
    kind: row.kind as string,
    params: (row.params as object | null) ?? {},
    tableId: (row.table_id as string | null) ?? null,
    meetingId: (row.meeting_id as string | null) ?? null,
    subjectId: (row.subject_id as string | null) ?? null,
    createdAt: new Date(row.created_at as string | Date),
    readAt: row.read_at ? new Date(row.read_at as string | Date) : null,
  });
}

function toListed(row: Record<string, unknown>): ListedNotification {
  return Object.assign(toNotification(row), { cursorAt: row.cursor_at as string });
}
