import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type EnumValue, isUuid, MeetingEventKind, type AgendaItemStatus } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, notFound } from '../../core/errors/domain-errors';
import { AgendaItemEntity } from './agenda-item.entity';
import { agendaOf, countItems } from './agenda-positions';
import { MeetingActivity } from './meeting-activity';
import { MeetingEntity } from './meeting.entity';
import { MeetingsPolicy } from './meetings.policy';

/** Statuses of an item that is not finished: what carryOverUnfinishedItems copies. */
const UNFINISHED: EnumValue<AgendaItemStatus>[] = ['PENDING', 'IN_PROGRESS', 'DEFERRED'];
/** Statuses of an item neither dealt with nor deferred: what adjourning may defer. */
const UNDISCUSSED: EnumValue<AgendaItemStatus>[] = ['PENDING', 'IN_PROGRESS'];

/** Moving through an agenda as the meeting goes: the current item, item statuses, carrying over. */
@Injectable()
export class AgendaFlowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly activity: MeetingActivity,
  ) {}

  /**
   * Marks the item IN_PROGRESS and makes it current; the previous current item becomes DONE if it
   * was IN_PROGRESS, and keeps its status otherwise. `itemId` null clears the current item.
   */
  async setCurrent(viewer: Viewer, meetingId: string, itemId: string | null): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertOfficer(manager, viewer, meetingId);
      this.policy.assertAgendaOpen(meeting);
      let item: AgendaItemEntity | null = null;
      if (itemId !== null) {
        item = isUuid(itemId) ? await manager.findOneBy(AgendaItemEntity, { id: itemId }) : null;
        if (!item) throw notFound('agenda item');
        if (item.meetingId !== meeting.id) throw badInput('itemId is not an item of this meeting.', 'itemId');
      }
      const previousId = meeting.currentItemId;
      if (previousId && previousId !== item?.id) {
        await manager.update(AgendaItemEntity, { id: previousId, status: 'IN_PROGRESS' }, { status: 'DONE' });
      }
      if (item) await manager.update(AgendaItemEntity, { id: item.id }, { status: 'IN_PROGRESS' });
      const nextId = item?.id ?? null;
      const changes: QueryDeepPartialEntity<MeetingEntity> = { currentItemId: nextId };
      // The database clock, so that every API process and every client agrees on the elapsed time;
      // choosing the current item again keeps its clock running.
      if (nextId !== previousId) changes.currentItemStartedAt = nextId ? () => 'now()' : null;
      await manager.update(MeetingEntity, { id: meeting.id }, changes);
      const updated = await manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
      // Several rows change (the meeting, two items): the meeting holds the change, as for agenda.*.
      await this.activity.meetingChanged(manager, viewer, updated, 'agenda.current_item_set', MeetingEventKind.CURRENT_ITEM_CHANGED);
      return updated;
    });
  }

  async setStatus(viewer: Viewer, itemId: string, status: EnumValue<AgendaItemStatus>): Promise<AgendaItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, item } = await this.policy.assertItemOfficer(manager, viewer, itemId);
      this.policy.assertAgendaOpen(meeting);
      item.status = status;
      await manager.update(AgendaItemEntity, { id: item.id }, { status });
      await this.activity.itemChanged(manager, viewer, meeting, 'agendaItem.updated', item.id);
      return item;
    });
  }

  /**
   * Copies every PENDING, IN_PROGRESS or DEFERRED item of an earlier meeting of the same table to
   * the end of the later meeting's agenda, in their original order, as PENDING items linked by
   * carriedOverFrom. An item already carried over to that meeting is not copied twice.
   */
  async carryOver(viewer: Viewer, fromMeetingId: string, toMeetingId: string): Promise<AgendaItemEntity[]> {
    if (!isUuid(fromMeetingId) || !isUuid(toMeetingId)) throw notFound('meeting');
    if (fromMeetingId === toMeetingId) throw badInput('fromMeetingId and toMeetingId must be two meetings.', 'toMeetingId');
    return this.dataSource.transaction(async (manager) => {
      // Both rows locked, always in the same order, so that two carry-overs cannot deadlock.
      for (const id of [fromMeetingId, toMeetingId].sort()) await this.policy.meetingIn(manager, id);
      const { meeting: from } = await this.policy.assertOfficer(manager, viewer, fromMeetingId);
      const { meeting: to } = await this.policy.assertOfficer(manager, viewer, toMeetingId);
      if (from.tableId !== to.tableId) throw badInput('Items can only be carried over between meetings of the same table.', 'toMeetingId');
      this.policy.assertAgendaOpen(to);
      return this.copyUnfinished(manager, viewer, from, to);
    });
  }

  /**
   * The copy itself, inside the caller's transaction, both meetings locked and checked (same
   * table, target agenda open): adjourning with a carry-over uses it too.
   */
  async copyUnfinished(manager: EntityManager, viewer: Viewer, from: MeetingEntity, to: MeetingEntity): Promise<AgendaItemEntity[]> {
    const target = await agendaOf(manager, to.id);
    const already = new Set(target.map((item) => item.carriedOverFromId).filter((id): id is string => id !== null));
    const unfinished = (
      await manager.find(AgendaItemEntity, { where: { meetingId: from.id, status: In(UNFINISHED) }, order: { position: 'ASC', id: 'ASC' } })
    ).filter((item) => !already.has(item.id));
    let position = await countItems(manager, to.id);
    const copies = unfinished.map((item) =>
      manager.create(AgendaItemEntity, {
        meetingId: to.id,
        position: ++position,
        title: item.title,
        description: item.description,
        kind: item.kind,
        status: 'PENDING',
        confidentiality: item.confidentiality,
        durationMinutes: item.durationMinutes,
        presenterId: item.presenterId,
        presenterOrganizationId: item.presenterOrganizationId,
        carriedOverFromId: item.id,
        notes: null,
      }),
    );
    if (copies.length > 0) await manager.save(copies);
    for (const copy of copies) {
      await this.activity.itemChanged(manager, viewer, to, 'agendaItem.added', copy.id);
    }
    return copies;
  }

  /** Marks DEFERRED every item of the meeting not yet dealt with (PENDING or still IN_PROGRESS), in the caller's transaction. */
  async deferUndiscussed(manager: EntityManager, meetingId: string): Promise<void> {
    await manager.update(AgendaItemEntity, { meetingId, status: In(UNDISCUSSED) }, { status: 'DEFERRED' });
  }
}
