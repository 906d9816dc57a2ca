import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MeetingEventKind } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { badInput } from '../../core/errors/domain-errors';
import { UserEntity } from '../accounts/user.entity';
import { OrganizationEntity } from '../directory/organization.entity';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import { findOrNotFound } from '../round-tables/table-lookup';
import { AgendaItemEntity } from './agenda-item.entity';
import { agendaOf, countItems, shiftPositions } from './agenda-positions';
import type { AgendaItemInput, AgendaItemUpdateInput } from './dto/agenda-item.input';
import { MeetingActivity } from './meeting-activity';
import { agendaPublishedNotice } from './meeting-notices';
import { MeetingEntity } from './meeting.entity';
import { MeetingsPolicy } from './meetings.policy';

const AGENDA_CHANGED = MeetingEventKind.AGENDA_CHANGED;

/**
 * Building a meeting's agenda: officers only, never once the meeting is cancelled or adjourned.
 * Every change locks the meeting row first, so that concurrent edits queue up and positions
 * stay 1..n.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly activity: MeetingActivity,
  ) {}

  /** Appended when `position` is absent; otherwise inserted there, the items from there on moving down. */
  async add(viewer: Viewer, meetingId: string, input: AgendaItemInput): Promise<AgendaItemEntity> {
    return this.dataSource.transaction((manager) => this.addIn(manager, viewer, meetingId, input));
  }

  /**
   * `add` inside the caller's transaction (a referral accepted into a meeting): the same checks,
   * the same row lock on the meeting, the same audit and live event.
   */
  async addIn(manager: EntityManager, viewer: Viewer, meetingId: string, input: AgendaItemInput): Promise<AgendaItemEntity> {
    const { meeting } = await this.policy.assertOfficer(manager, viewer, meetingId);
    this.policy.assertAgendaOpen(meeting);
    await assertPresenters(manager, input);
    const count = await countItems(manager, meeting.id);
    const position = input.position ?? count + 1;
    if (position > count + 1) throw badInput(`position must be between 1 and ${count + 1}.`, 'position');
    await shiftPositions(manager, meeting.id, position, +1);
    const item = manager.create(AgendaItemEntity, {
      meetingId: meeting.id,
      position,
      title: input.title,
      description: input.description ?? null,
      kind: input.kind ?? 'DISCUSSION',
      status: 'PENDING',
      confidentiality: input.confidentiality ?? 'MEMBERS',
      durationMinutes: input.durationMinutes ?? null,
      presenterId: input.presenterId ?? null,
      presenterOrganizationId: input.presenterOrganizationId ?? null,
      carriedOverFromId: null,
      notes: null,
    });
    await manager.save(item);
    await this.activity.itemChanged(manager, viewer, meeting, 'agendaItem.added', item.id);
    return item;
  }

  /** Absent fields keep their value; null clears description, duration and presenters. */
  async update(viewer: Viewer, itemId: string, input: AgendaItemUpdateInput): Promise<AgendaItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, item } = await this.policy.assertItemOfficer(manager, viewer, itemId);
      this.policy.assertAgendaOpen(meeting);
      await assertPresenters(manager, input);
      if (input.title != null) item.title = input.title;
      if (input.description !== undefined) item.description = input.description;
      if (input.kind != null) item.kind = input.kind;
      if (input.confidentiality != null) item.confidentiality = input.confidentiality;
      if (input.durationMinutes !== undefined) item.durationMinutes = input.durationMinutes;
      if (input.presenterId !== undefined) item.presenterId = input.presenterId;
      if (input.presenterOrganizationId !== undefined) item.presenterOrganizationId = input.presenterOrganizationId;
      await manager.save(item);
      await this.activity.itemChanged(manager, viewer, meeting, 'agendaItem.updated', item.id);
      return item;
    });
  }

  /** The items after it move up one place. */
  async remove(viewer: Viewer, itemId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, item } = await this.policy.assertItemOfficer(manager, viewer, itemId);
      this.policy.assertAgendaOpen(meeting);
      await manager.delete(AgendaItemEntity, { id: item.id });
      // current_item_id goes null with the item (ON DELETE SET NULL); its start time goes with it.
      if (meeting.currentItemId === item.id) await manager.update(MeetingEntity, { id: meeting.id }, { currentItemStartedAt: null });
      await shiftPositions(manager, meeting.id, item.position + 1, -1);
      await this.activity.itemChanged(manager, viewer, meeting, 'agendaItem.removed', item.id);
      return true;
    });
  }

  /** `itemIds` must name every item of the agenda exactly once; they take positions 1..n in that order. */
  async reorder(viewer: Viewer, meetingId: string, itemIds: string[]): Promise<AgendaItemEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertOfficer(manager, viewer, meetingId);
      this.policy.assertAgendaOpen(meeting);
      const current = new Set((await agendaOf(manager, meeting.id)).map((item) => item.id));
      const named = new Set(itemIds);
      if (named.size !== itemIds.length || named.size !== current.size || itemIds.some((id) => !current.has(id))) {
        throw badInput('itemIds must name every item of the agenda exactly once.', 'itemIds');
      }
      if (itemIds.length > 0) {
        // Only ids of this agenda reach SQL: they were all checked above.
        await manager.query(
          `UPDATE agenda_item a SET position = v.ord
             FROM unnest($2::uuid[]) WITH ORDINALITY AS v(id, ord)
            WHERE a.id = v.id AND a.meeting_id = $1`,
          [meeting.id, itemIds],
        );
      }
      await this.activity.meetingChanged(manager, viewer, meeting, 'agenda.reordered', AGENDA_CHANGED);
      return agendaOf(manager, meeting.id);
    });
  }

  /** Stamps agendaPublishedAt (again on a later publication), moves a DRAFT meeting to SCHEDULED and tells the table. */
  async publish(viewer: Viewer, meetingId: string): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertOfficer(manager, viewer, meetingId);
      this.policy.assertAgendaOpen(meeting);
      meeting.agendaPublishedAt = new Date();
      if (meeting.status === 'DRAFT') meeting.status = 'SCHEDULED';
      meeting.sequence += 1;
      await manager.save(meeting);
      await this.activity.meetingChanged(manager, viewer, meeting, 'agenda.published', MeetingEventKind.MEETING_UPDATED);
      const table = await manager.findOneByOrFail(RoundTableEntity, { id: meeting.tableId });
      await this.activity.notifyTable(manager, viewer, meeting, agendaPublishedNotice(meeting, table.name, await agendaOf(manager, meeting.id)));
      return meeting;
    });
  }
}

/** A presenter and a presenting organization, when named, must exist. */
async function assertPresenters(manager: EntityManager, input: { presenterId?: string | null; presenterOrganizationId?: string | null }): Promise<void> {
  if (input.presenterId != null) await findOrNotFound(manager, UserEntity, input.presenterId, 'user');
  if (input.presenterOrganizationId != null) await findOrNotFound(manager, OrganizationEntity, input.presenterOrganizationId, 'organization');
}
