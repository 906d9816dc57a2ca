import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid, MeetingEventKind, NotificationKind } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, conflict, forbidden, notFound } from '../../core/errors/domain-errors';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingActivity } from '../meetings/meeting-activity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import type { MinutesInput } from './dto/edit-minutes.args';
import { ensureMinutes } from './minutes.loaders';
import { MinutesRevisionEntity } from './minutes-revision.entity';
import { MinutesEntity } from './minutes.entity';

/**
 * The minutes cycle: officers edit (optimistic concurrency on `version`), circulate, approve.
 * Approved minutes are frozen. Every change is audited and announced to the meeting's room.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly activity: MeetingActivity,
    private readonly audit: AuditService,
  ) {}

  /**
   * One conditional UPDATE decides who wins: it changes the row only while the stored version is
   * `expectedVersion`, and the affected-row count says whether it did (CONFLICT otherwise).
   */
  async edit(viewer: Viewer, meetingId: string, expectedVersion: number, input: MinutesInput): Promise<MinutesEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertMinutesOfficer(manager, viewer, meetingId);
      const minutes = await this.minutesIn(manager, meeting);
      if (minutes.status === 'APPROVED') throw forbidden('Approved minutes are frozen.');
      const notes = await this.checkedNotes(manager, meeting.id, input);
      const set: Record<string, unknown> = { version: () => 'version + 1', updatedAt: () => 'now()' };
      if (input.summary !== undefined) set.summary = input.summary;
      const result = await manager
        .createQueryBuilder()
        .update(MinutesEntity)
        .set(set)
        .where('meeting_id = :meetingId AND version = :expectedVersion AND status <> :approved', {
          meetingId: meeting.id,
          expectedVersion,
          approved: 'APPROVED',
        })
        .execute();
      if ((result.affected ?? 0) !== 1) throw conflict('The minutes changed since you loaded them: reload, compare and try again.');
      for (const [itemId, text] of notes) {
        await manager.update(AgendaItemEntity, { id: itemId, meetingId: meeting.id }, { notes: text });
      }
      const saved = await manager.findOneByOrFail(MinutesEntity, { id: minutes.id });
      const items = await manager.find(AgendaItemEntity, { where: { meetingId: meeting.id }, select: { id: true, notes: true } });
      await manager.insert(MinutesRevisionEntity, {
        minutesId: saved.id,
        version: saved.version,
        editorId: viewer.userId,
        summary: saved.summary,
        itemNotes: Object.fromEntries(items.map((i) => [i.id, i.notes])),
      });
      await this.changed(manager, viewer, meeting, saved, 'minutes.edited');
      return saved;
    });
  }

  /** DRAFT → CIRCULATED; everyone who sits at the table but the actor is told. */
  async circulate(viewer: Viewer, meetingId: string): Promise<MinutesEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertMinutesOfficer(manager, viewer, meetingId);
      const minutes = await this.minutesIn(manager, meeting);
      if (minutes.status !== 'DRAFT') throw forbidden(`${minutes.status === 'APPROVED' ? 'Approved' : 'Circulated'} minutes cannot be circulated again.`);
      await manager.update(MinutesEntity, { id: minutes.id }, { status: 'CIRCULATED', circulatedAt: () => 'now()', updatedAt: () => 'now()' } as never);
      const saved = await manager.findOneByOrFail(MinutesEntity, { id: minutes.id });
      await this.changed(manager, viewer, meeting, saved, 'minutes.circulated');
      await this.activity.notifyTable(manager, viewer, meeting, {
        kind: NotificationKind.MINUTES_CIRCULATED,
        params: () => ({ meetingTitle: meeting.title }),
      });
      return saved;
    });
  }

  /** CIRCULATED → APPROVED, optionally at a later meeting of the same table; frozen from then on. */
  async approve(viewer: Viewer, meetingId: string, atMeetingId: string | null | undefined): Promise<MinutesEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertMinutesOfficer(manager, viewer, meetingId);
      const minutes = await this.minutesIn(manager, meeting);
      if (minutes.status === 'APPROVED') throw forbidden('These minutes are already approved.');
      if (minutes.status !== 'CIRCULATED') throw forbidden('Minutes are circulated before they are approved.');
      const at = atMeetingId ? await this.laterMeeting(manager, meeting, atMeetingId) : null;
      await manager.update(MinutesEntity, { id: minutes.id }, {
        status: 'APPROVED',
        approvedAt: () => 'now()',
        approvedAtMeetingId: at?.id ?? null,
        updatedAt: () => 'now()',
      } as never);
      const saved = await manager.findOneByOrFail(MinutesEntity, { id: minutes.id });
      await this.changed(manager, viewer, meeting, saved, 'minutes.approved');
      return saved;
    });
  }

  /** The meeting's minutes, created at version 1 if the meeting has started; FORBIDDEN before. */
  private async minutesIn(manager: EntityManager, meeting: MeetingEntity): Promise<MinutesEntity> {
    await ensureMinutes(manager, [meeting.id]);
    const minutes = await manager.findOneBy(MinutesEntity, { meetingId: meeting.id });
    if (!minutes) throw forbidden('Minutes exist from the start of the meeting.');
    return minutes;
  }

  /** Notes of items of this meeting only, each named once; blank notes clear the item's notes. */
  private async checkedNotes(manager: EntityManager, meetingId: string, input: MinutesInput): Promise<Map<string, string | null>> {
    const notes = new Map<string, string | null>();
    const entries = input.itemNotes ?? [];
    if (entries.length === 0) return notes;
    const items = await manager.find(AgendaItemEntity, { where: { meetingId }, select: { id: true } });
    const ours = new Set(items.map((i) => i.id));
    for (const entry of entries) {
      if (!isUuid(entry.agendaItemId) || !ours.has(entry.agendaItemId)) throw badInput('Every item must be an item of this meeting.', 'itemNotes');
      if (notes.has(entry.agendaItemId)) throw badInput('Each item may appear once.', 'itemNotes');
      notes.set(entry.agendaItemId, entry.notes.trim() === '' ? null : entry.notes);
    }
    return notes;
  }

  private async laterMeeting(manager: EntityManager, meeting: MeetingEntity, atMeetingId: string): Promise<MeetingEntity> {
    const at = isUuid(atMeetingId) ? await manager.findOneBy(MeetingEntity, { id: atMeetingId }) : null;
    if (!at) throw notFound('meeting');
    if (at.tableId !== meeting.tableId || at.startsAt.getTime() <= meeting.startsAt.getTime()) {
      throw badInput('Minutes are approved at a later meeting of the same table.', 'atMeetingId');
    }
    if (at.status === 'CANCELLED') throw badInput('Minutes cannot be approved at a cancelled meeting.', 'atMeetingId');
    return at;
  }

  private async changed(manager: EntityManager, viewer: Viewer, meeting: MeetingEntity, minutes: MinutesEntity, action: string): Promise<void> {
    await this.audit.record(manager, { actorId: viewer.userId, action, entityType: 'minutes', entityId: minutes.id, tableId: meeting.tableId });
    this.activity.publish(manager, viewer, meeting, MeetingEventKind.MINUTES_CHANGED);
  }
}
