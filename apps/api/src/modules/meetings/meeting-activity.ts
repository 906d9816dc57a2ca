import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { MeetingEventKind, type EnumValue, type NotificationKind, type TableRole } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { Coalescer } from '../../core/pubsub/coalescer';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import type { NotificationParamsByKind } from '../notifications/notification-texts';
import { type NotificationDraft, NotificationsService } from '../notifications/notifications.service';
import { SubstitutionEntity } from '../representation/substitution.entity';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import type { MeetingEntity } from './meeting.entity';
import { SUBSTITUTE_ROLE } from './meeting-seat';
import { MeetingsPolicy } from './meetings.policy';

/** What a meeting topic carries: ids only, so that each subscriber resolves the meeting with their own rights. */
export interface MeetingEventPayload {
  kind: MeetingEventKind;
  meetingId: string;
  tableId: string;
  actorId: string | null;
  at: Date;
}

/** A notice to a meeting's table: its parameters for one reader, `inCamera` saying whether they may read in-camera items. */
export type MeetingNotice = {
  [K in MeetingNoticeKind]: { kind: K; params: (inCamera: boolean) => NotificationParamsByKind[K] };
}[MeetingNoticeKind];

type MeetingNoticeKind =
  | NotificationKind.MEETING_SCHEDULED
  | NotificationKind.MEETING_CHANGED
  | NotificationKind.MEETING_CANCELLED
  | NotificationKind.AGENDA_PUBLISHED
  | NotificationKind.MINUTES_CIRCULATED;

/**
 * How often a room hears of a vote's turnout while ballots pour in: at once for the first ballot,
 * then at most twice a second (the last state always goes out), well within the second the room
 * expects. A national table's 300 organizations casting in the same second would otherwise have
 * every subscriber read the meeting 300 times.
 */
export const TURNOUT_WINDOW_MS = 500;

/**
 * What every meeting mutation does after its change, in its transaction: the audit event, the
 * live event (published once the transaction commits), and the notifications to everyone who
 * sits at the table but the actor.
 */
@Injectable()
export class MeetingActivity {
  private readonly turnout = new Coalescer(TURNOUT_WINDOW_MS);

  constructor(
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly notifications: NotificationsService,
    private readonly policy: MeetingsPolicy,
  ) {}

  /**
   * A change to the meeting: its row, its agenda as a whole, its RSVPs or its attendance. Audited
   * on the meeting; `action` is `<entity>.<verb in the past>` (docs/api-guide.md, "Audit").
   */
  meetingChanged(
    manager: EntityManager,
    viewer: Viewer,
    meeting: Pick<MeetingEntity, 'id' | 'tableId'>,
    action: string,
    event: MeetingEventKind,
  ): Promise<void> {
    return this.record(manager, viewer, meeting, { action, entityType: 'meeting', entityId: meeting.id }, event);
  }

  /** A change to one agenda item: audited on the item, published to its meeting as AGENDA_CHANGED. */
  itemChanged(manager: EntityManager, viewer: Viewer, meeting: Pick<MeetingEntity, 'id' | 'tableId'>, action: string, itemId: string): Promise<void> {
    return this.record(manager, viewer, meeting, { action, entityType: 'agendaItem', entityId: itemId }, MeetingEventKind.AGENDA_CHANGED);
  }

  private async record(
    manager: EntityManager,
    viewer: Viewer,
    meeting: Pick<MeetingEntity, 'id' | 'tableId'>,
    audited: { action: string; entityType: 'meeting' | 'agendaItem'; entityId: string },
    event: MeetingEventKind,
  ): Promise<void> {
    await this.audit.record(manager, { actorId: viewer.userId, ...audited, tableId: meeting.tableId });
    this.publish(manager, viewer, meeting, event);
  }

  publish(manager: EntityManager, viewer: Viewer, meeting: Pick<MeetingEntity, 'id' | 'tableId'>, kind: MeetingEventKind): void {
    const payload = eventPayload(viewer, meeting, kind);
    // A closed or cancelled vote has subscribers read every vote again: a turnout still waiting is not needed.
    if (kind === MeetingEventKind.VOTE_CLOSED) this.events.afterCommit(manager, () => this.turnout.drop(meeting.id));
    this.events.publishAfterCommit(manager, Topics.meeting(meeting.id), payload);
  }

  /** A ballot cast: VOTE_UPDATED, coalesced with the other ballots of the meeting (TURNOUT_WINDOW_MS). */
  ballotCast(manager: EntityManager, viewer: Viewer, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): void {
    const payload = eventPayload(viewer, meeting, MeetingEventKind.VOTE_UPDATED);
    this.events.afterCommit(manager, () => this.turnout.run(meeting.id, () => this.events.publishAfterCommit(null, Topics.meeting(meeting.id), payload)));
  }

  /**
   * Tells everyone who holds a seat at the meeting (who sits at its table, and its substitutes),
   * but the actor. Readers who may not see in-camera items get parameters written without them.
   */
  async notifyTable(manager: EntityManager, viewer: Viewer, meeting: Pick<MeetingEntity, 'id' | 'tableId'>, notice: MeetingNotice): Promise<void> {
    const seats = await manager.find(TableParticipantEntity, { where: { tableId: meeting.tableId }, select: { userId: true, role: true } });
    const substitutes = await manager.find(SubstitutionEntity, { where: { meetingId: meeting.id, endedAt: IsNull() }, select: { substituteId: true } });
    const readers = [...seats, ...substitutes.map((s) => ({ userId: s.substituteId, role: SUBSTITUTE_ROLE }))].filter((s) => s.userId !== viewer.userId);
    for (const inCamera of [true, false]) {
      const group = readers.filter((s) => this.policy.canSeeInCamera(s.role as EnumValue<TableRole>) === inCamera).map((s) => s.userId);
      await this.notifications.notify(manager, group, {
        kind: notice.kind,
        params: notice.params(inCamera),
        tableId: meeting.tableId,
        meetingId: meeting.id,
      } as NotificationDraft);
    }
  }
}

/** What a meeting topic carries for one change, stamped now. */
function eventPayload(viewer: Viewer, meeting: Pick<MeetingEntity, 'id' | 'tableId'>, kind: MeetingEventKind): MeetingEventPayload {
  return { kind, meetingId: meeting.id, tableId: meeting.tableId, actorId: viewer.userId, at: new Date() };
}
