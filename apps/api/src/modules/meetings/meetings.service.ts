import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canAdjournMeeting, canCancelMeeting, canStartMeeting, DEFAULT_OCCURRENCES, isUuid, MeetingEventKind } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, forbidden, notFound } from '../../core/errors/domain-errors';
import { AgendaFlowService } from './agenda-flow.service';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import { tableZoneSql } from '../round-tables/table-zone';
import type { ScheduleMeetingInput } from './dto/schedule-meeting.input';
import type { UpdateMeetingInput } from './dto/update-meeting.input';
import { MeetingActivity, type MeetingNotice } from './meeting-activity';
import { cancelledNotice, changedNotice, scheduledNotice } from './meeting-notices';
import { MeetingEntity } from './meeting.entity';
import { MeetingHooks } from './meeting-hooks';
import { MeetingsPolicy } from './meetings.policy';
import { expandRecurrence, type Occurrence } from './recurrence';

/** Used when a table has no region, which the directory does not allow. */

/**
 * A meeting's life: scheduling (one meeting or a series), edits, and the status moves of the
 * contract: DRAFT → SCHEDULED (update or publishAgenda) → IN_PROGRESS → ADJOURNED; any but
 * ADJOURNED → CANCELLED. Officers only; each change bumps what calendars must pick up.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly activity: MeetingActivity,
    private readonly flow: AgendaFlowService,
    private readonly hooks: MeetingHooks,
  ) {}

  /** Every meeting created: one, or one per occurrence of the recurrence rule (sharing a seriesId). */
  async schedule(viewer: Viewer, input: ScheduleMeetingInput): Promise<MeetingEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const table = await this.policy.assertCanSchedule(manager, viewer, input.tableId);
      const first: Occurrence = { startsAt: input.startsAt, endsAt: input.endsAt };
      assertEndsAfterStart(first);
      const timeZone = input.timeZone ?? (await this.defaultZone(manager, table.id));
      const times = input.recurrence ? expandRecurrence(input.recurrence, first, timeZone, input.occurrences ?? DEFAULT_OCCURRENCES) : [first];
      const seriesId = input.recurrence ? randomUUID() : null;
      const meetings = times.map((time) =>
        manager.create(MeetingEntity, {
          tableId: table.id,
          seriesId,
          title: input.title,
          status: 'DRAFT',
          startsAt: time.startsAt,
          endsAt: time.endsAt,
          timeZone,
          location: input.location ?? null,
          onlineUrl: input.onlineUrl ?? null,
          agendaPublishedAt: null,
          currentItemId: null,
          cancelledReason: null,
          sequence: 0,
          createdById: viewer.userId,
        }),
      );
      await manager.save(meetings);
      for (const meeting of meetings) {
        await this.activity.meetingChanged(manager, viewer, meeting, 'meeting.scheduled', MeetingEventKind.MEETING_UPDATED);
      }
      // One notification for a whole series, pointing at its first meeting.
      await this.activity.notifyTable(manager, viewer, meetings[0], scheduledNotice(meetings[0], table.name, meetings.length));
      return meetings;
    });
  }

  /** Absent fields keep their value; a DRAFT meeting becomes SCHEDULED. */
  async update(viewer: Viewer, id: string, input: UpdateMeetingInput): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertOfficer(manager, viewer, id);
      this.policy.assertMeetingOpen(meeting);
      if (input.title != null) meeting.title = input.title;
      if (input.startsAt != null) meeting.startsAt = input.startsAt;
      if (input.endsAt != null) meeting.endsAt = input.endsAt;
      if (input.timeZone != null) meeting.timeZone = input.timeZone;
      if (input.location !== undefined) meeting.location = input.location;
      if (input.onlineUrl !== undefined) meeting.onlineUrl = input.onlineUrl;
      assertEndsAfterStart(meeting);
      if (meeting.status === 'DRAFT') meeting.status = 'SCHEDULED';
      return this.save(manager, viewer, meeting, { bump: true, action: 'meeting.updated' }, (table) => changedNotice(meeting, table.name));
    });
  }

  /** Any meeting but an adjourned (or already cancelled) one. */
  async cancel(viewer: Viewer, id: string, reason: string | null): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertOfficer(manager, viewer, id);
      if (!canCancelMeeting(meeting.status)) throw forbidden(`A ${meeting.status.toLowerCase()} meeting cannot be cancelled.`);
      meeting.status = 'CANCELLED';
      meeting.cancelledReason = reason;
      return this.save(manager, viewer, meeting, { bump: true, action: 'meeting.cancelled' }, (table) => cancelledNotice(meeting, table.name, reason));
    });
  }

  /** A SCHEDULED meeting, or a DRAFT one: the meeting is held whether or not its agenda was published. */
  async start(viewer: Viewer, id: string): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertOfficer(manager, viewer, id);
      if (!canStartMeeting(meeting.status)) throw forbidden(`A ${meeting.status.toLowerCase()} meeting cannot be started.`);
      meeting.status = 'IN_PROGRESS';
      return this.save(manager, viewer, meeting, { bump: false, action: 'meeting.started' });
    });
  }

  /**
   * An IN_PROGRESS meeting; no item is current any more. Items not dealt with keep their status
   * (for a later carry-over), or become DEFERRED with `deferUndiscussed`; `carryOverTo` (a later
   * meeting of the same table, agenda open) also copies them there, as carryOverUnfinishedItems does,
   * all in one transaction so that a failed carry-over leaves the meeting running.
   */
  async adjourn(viewer: Viewer, id: string, options: { deferUndiscussed?: boolean; carryOverTo?: string | null } = {}): Promise<MeetingEntity> {
    const carryOverTo = options.carryOverTo ?? null;
    if (carryOverTo !== null && !isUuid(carryOverTo)) throw notFound('meeting');
    if (carryOverTo === id) throw badInput('carryOverTo must be another meeting.', 'carryOverTo');
    return this.dataSource.transaction(async (manager) => {
      // Both rows locked in the same order as carryOverUnfinishedItems, so that the two cannot deadlock.
      if (carryOverTo !== null && isUuid(id)) for (const meetingId of [id, carryOverTo].sort()) await this.policy.meetingIn(manager, meetingId);
      const { meeting } = await this.policy.assertOfficer(manager, viewer, id);
      if (!canAdjournMeeting(meeting.status)) throw forbidden('Only a meeting in progress can be adjourned.');
      if (carryOverTo !== null) {
        const { meeting: next } = await this.policy.assertOfficer(manager, viewer, carryOverTo);
        if (next.tableId !== meeting.tableId) throw badInput('Items can only be carried over to a meeting of the same table.', 'carryOverTo');
        this.policy.assertAgendaOpen(next);
        await this.flow.deferUndiscussed(manager, meeting.id);
        await this.flow.copyUnfinished(manager, viewer, meeting, next);
      } else if (options.deferUndiscussed) {
        await this.flow.deferUndiscussed(manager, meeting.id);
      }
      await this.hooks.adjourned(manager, viewer, meeting);
      meeting.status = 'ADJOURNED';
      meeting.currentItemId = null;
      meeting.currentItemStartedAt = null;
      return this.save(manager, viewer, meeting, { bump: false, action: 'meeting.adjourned' });
    });
  }

  private async save(
    manager: EntityManager,
    viewer: Viewer,
    meeting: MeetingEntity,
    options: { bump: boolean; action: string },
    notice?: (table: RoundTableEntity) => MeetingNotice,
  ): Promise<MeetingEntity> {
    // iCalendar SEQUENCE: calendars replace their copy when it grows.
    if (options.bump) meeting.sequence += 1;
    await manager.save(meeting);
    await this.activity.meetingChanged(manager, viewer, meeting, options.action, MeetingEventKind.MEETING_UPDATED);
    if (notice) {
      const table = await manager.findOneByOrFail(RoundTableEntity, { id: meeting.tableId });
      await this.activity.notifyTable(manager, viewer, meeting, notice(table));
    }
    return meeting;
  }

  /** The zone of the table's first region. */
  private async defaultZone(manager: EntityManager, tableId: string): Promise<string> {
    const rows: Array<{ zone: string }> = await manager.query(`SELECT ${tableZoneSql('$1::uuid')} AS zone`, [tableId]);
    return rows[0].zone;
  }
}

function assertEndsAfterStart(meeting: Occurrence): void {
  if (meeting.endsAt.getTime() <= meeting.startsAt.getTime()) throw badInput('endsAt must be after startsAt.', 'endsAt');
}
