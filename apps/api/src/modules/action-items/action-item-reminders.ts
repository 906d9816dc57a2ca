import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { LockedJob } from '../../core/jobs/locked-job';
import { NotificationKind } from '../../core/graphql/enums';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { ActionItemActivity, calendarDayText } from './action-item-activity';
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
    private readonly activity: ActionItemActivity,
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
    if (claimed.length === 0) return { ran: true, items: 0 };
    const items = await manager.findBy(ActionItemEntity, { id: In(claimed.map((c) => c.action_item_id)) });
    const overdue = new Map(claimed.map((c) => [c.action_item_id, c.overdue === true]));
    for (const item of items) await this.remind(manager, item, overdue.get(item.id) ?? false);
    return { ran: true, items: items.length };
  }

  private async remind(manager: EntityManager, item: ActionItemEntity, overdue: boolean): Promise<void> {
    let recipients = await this.activity.assignedPeople(manager, item);
    if (recipients.length === 0) {
      const officers = await manager.findBy(TableParticipantEntity, { tableId: item.tableId, role: In(['CHAIR', 'SECRETARY']) });
      recipients = officers.map((o) => ({ userId: o.userId, role: o.role }));
    }
    if (recipients.length === 0) return;
    const agendaItem = item.agendaItemId ? await manager.findOneBy(AgendaItemEntity, { id: item.agendaItemId }) : null;
    const inCamera = agendaItem?.confidentiality === 'IN_CAMERA';
    const day = item.dueOn ? calendarDayText(item.dueOn) : '';
    const when = overdue ? `était due le ${day}` : `est due le ${day}`;
    const base = { kind: NotificationKind.ACTION_ITEM_DUE, tableId: item.tableId, meetingId: item.meetingId, subjectId: item.id };
    const full = recipients.filter((r) => !inCamera || this.policy.seesInCamera(r.role)).map((r) => r.userId);
    const redacted = recipients.filter((r) => inCamera && !this.policy.seesInCamera(r.role)).map((r) => r.userId);
    await this.notifications.notify(manager, full, { ...base, title: `${overdue ? 'En retard' : 'Échéance proche'} : ${item.title}`, body: `Cette action ${when}.` });
    // In-camera items never put their title into a notification for someone who may not read them.
    await this.notifications.notify(manager, redacted, { ...base, title: `Une action ${when}`, body: null });
  }
}
