import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { NotificationKind } from '@concertation/shared-domain';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { LockedJob } from '../../core/jobs/locked-job';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { type NotificationDraft, NotificationsService } from '../notifications/notifications.service';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { assignedAmong } from './action-item-activity';
import { ActionItemEntity, UNFINISHED } from './action-item.entity';
import { TABLE_TODAY } from './action-item-views.service';
import { ActionItemsPolicy } from './action-items.policy';

/** The advisory lock of the job (an arbitrary constant of this application): one process runs it at a time. */
export const REMINDER_LOCK_KEY = 4_764_500_100;
/** Due within this many days (or already overdue) gets a reminder. */
export const DUE_SOON_DAYS = 2;
/**
 * How often the job looks: hourly, so that each table's day starts in its own zone; the
 * action_item_reminder key (item, day) keeps it to one reminder per item per day.
 */
const EVERY_MS = 60 * 60 * 1000;
const FIRST_RUN_MS = 60 * 1000;
/** Items per batch of the job: their ids fit one IN list, their notifications a few INSERTs. */
const ITEM_BATCH = 1000;

type Seat = Pick<TableParticipantEntity, 'tableId' | 'userId' | 'organizationId' | 'role'>;

export interface ReminderRun {
  /** False when another process held the lock. */
  ran: boolean;
  /** Items reminded in this run. */
  items: number;
}

/**
 * ACTION_ITEM_DUE, once a day per unfinished item that is overdue or due within two days (in its
 * table's zone), to its assignee, or without one to the assignee organization's people at the
 * table, falling back to the table's officers. With several API processes it runs once: a
 * transaction-scoped advisory lock (pg_try_advisory_xact_lock) lets one process in, and the
 * (item, day) key of action_item_reminder makes a later run of the same day a no-op.
 */
@Injectable()
export class ActionItemReminders implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: LockedJob<ReminderRun>;

  constructor(
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly policy: ActionItemsPolicy,
  ) {
    this.job = new LockedJob(dataSource, {
      lockKey: REMINDER_LOCK_KEY,
      firstRunMs: FIRST_RUN_MS,
      everyMs: EVERY_MS,
      skipped: { ran: false, items: 0 },
      work: (manager) => this.remindDue(manager),
      logger: new Logger('ActionItemReminders'),
    });
  }

  onApplicationBootstrap(): void {
    // Tests run the job themselves (run()): a timer firing mid-test would add notifications.
    this.job.start(this.config.nodeEnv);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** One pass of the job (the timer's, or a test's). */
  run(): Promise<ReminderRun> {
    return this.job.run();
  }

  private async remindDue(manager: EntityManager): Promise<ReminderRun> {
    const claimed: Array<{ action_item_id: string; overdue: boolean }> = await manager.query(
      `INSERT INTO action_item_reminder (action_item_id, day)
       SELECT ai.id, ${TABLE_TODAY} FROM action_item ai
        WHERE ai.status = ANY($1::varchar[]) AND ai.due_on IS NOT NULL AND ai.due_on <= ${TABLE_TODAY} + ${DUE_SOON_DAYS}
       ON CONFLICT (action_item_id, day) DO NOTHING
       RETURNING action_item_id, (SELECT ai2.due_on < day FROM action_item ai2 WHERE ai2.id = action_item_id) AS overdue`,
      [UNFINISHED],
    );
    const overdue = new Map(claimed.map((c) => [c.action_item_id, c.overdue === true]));
    let reminded = 0;
    // A network's first run can claim tens of thousands of items: a few statements per batch of
    // them (items, their tables' seats, their agenda items, the notifications), not several each.
    for (let start = 0; start < claimed.length; start += ITEM_BATCH) {
      const items = await manager.findBy(ActionItemEntity, { id: In(claimed.slice(start, start + ITEM_BATCH).map((c) => c.action_item_id)) });
      const seats = await this.seatsByTable(manager, items);
      const inCamera = await this.inCameraAgendaItems(manager, items);
      const notices = items.flatMap((item) =>
        this.reminders(item, overdue.get(item.id) ?? false, seats.get(item.tableId) ?? [], item.agendaItemId !== null && inCamera.has(item.agendaItemId)),
      );
      await this.notifications.notifyEach(manager, notices);
      reminded += items.length;
    }
    return { ran: true, items: reminded };
  }

  /** One item's reminders: to whom it is assigned, or without anyone seated, to the table's officers. */
  private reminders(item: ActionItemEntity, overdue: boolean, seats: readonly Seat[], inCamera: boolean): Array<{ userId: string; draft: NotificationDraft }> {
    let recipients = assignedAmong(item, seats);
    if (recipients.length === 0)
      recipients = seats.filter((s) => s.role === 'CHAIR' || s.role === 'SECRETARY').map((s) => ({ userId: s.userId, role: s.role }));
    const base = { kind: NotificationKind.ACTION_ITEM_DUE, tableId: item.tableId, meetingId: item.meetingId, subjectId: item.id } as const;
    const dueOn = item.dueOn ?? '';
    const full: NotificationDraft = { ...base, params: { itemTitle: item.title, dueOn, overdue } };
    // In-camera items never put their title into a notification for someone who may not read them.
    const redacted: NotificationDraft = { ...base, params: { itemTitle: null, dueOn, overdue } };
    return recipients.map((r) => ({ userId: r.userId, draft: !inCamera || this.policy.seesInCamera(r.role) ? full : redacted }));
  }

  private async seatsByTable(manager: EntityManager, items: readonly ActionItemEntity[]): Promise<Map<string, Seat[]>> {
    const tableIds = [...new Set(items.map((i) => i.tableId))];
    const seats = tableIds.length
      ? await manager.find(TableParticipantEntity, {
          where: { tableId: In(tableIds) },
          select: { tableId: true, userId: true, organizationId: true, role: true },
        })
      : [];
    const byTable = new Map<string, Seat[]>();
    for (const seat of seats) {
      const atTable = byTable.get(seat.tableId);
      if (atTable) atTable.push(seat);
      else byTable.set(seat.tableId, [seat]);
    }
    return byTable;
  }

  private async inCameraAgendaItems(manager: EntityManager, items: readonly ActionItemEntity[]): Promise<Set<string>> {
    const ids = [...new Set(items.map((i) => i.agendaItemId).filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Set();
    const rows = await manager.find(AgendaItemEntity, { where: { id: In(ids), confidentiality: 'IN_CAMERA' }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }
}
