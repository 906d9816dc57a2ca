import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { isUuid, MeetingEventKind, speakingOrder } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { isUniqueViolation } from '../../core/database/unique-violation';
import { conflict, forbidden, notFound } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import { groupByKey } from '../../core/graphql/request-loaders';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingActivity } from '../meetings/meeting-activity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { SpeakerRequestEntity } from './speaker-request.entity';

/**
 * The speakers' list (docs/api-guide.md, "Speakers' list"): whoever holds a seat at a meeting in
 * progress asks to speak on its current item; officers give the floor and end a speech; the list
 * is called so that every organization is heard before anyone speaks twice (shared-domain
 * speakingOrder). Every change locks the meeting row, so the list changes one step at a time.
 */
@Injectable()
export class SpeakersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly meetings: MeetingsLoaders,
    private readonly activity: MeetingActivity,
    private readonly audit: AuditService,
  ) {}

  /** `Meeting.speakers`: the current item's list in calling order, for whoever may read that item. */
  async ofMeeting(ctx: RequestContext, meeting: MeetingEntity): Promise<SpeakerRequestEntity[]> {
    if (!meeting.currentItemId) return [];
    const [role, item] = await Promise.all([this.policy.roleAt(ctx, meeting), this.meetings.item(ctx).load(meeting.currentItemId)]);
    if (!item || !this.policy.canSeeItem(role, item)) return [];
    const requests = await ctx.loaders
      .shared('speakers.ofItem', async (itemIds: readonly string[]) =>
        groupByKey(
          itemIds,
          await this.dataSource
            .getRepository(SpeakerRequestEntity)
            .find({ where: { agendaItemId: In([...itemIds]) }, order: { requestedAt: 'ASC', id: 'ASC' } }),
          (r) => r.agendaItemId,
        ),
      )
      .load(item.id);
    return speakingOrder(requests);
  }

  async request(viewer: Viewer, meetingId: string): Promise<SpeakerRequestEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const meeting = await this.policy.meetingIn(manager, meetingId);
        const seat = await this.policy.seatIn(manager, viewer.userId, meeting);
        if (!seat) throw forbidden('Only those who sit at this table, and the meeting’s substitutes, may ask to speak.');
        const item = await this.currentItem(manager, meeting);
        if (!this.policy.canSeeItem(seat.role, item)) throw forbidden('This item is in camera.');
        const open = await manager.existsBy(SpeakerRequestEntity, [
          { agendaItemId: item.id, userId: viewer.userId, status: 'WAITING' },
          { agendaItemId: item.id, userId: viewer.userId, status: 'SPEAKING' },
        ]);
        if (open) throw conflict('You are already on the speakers’ list of this item.');
        const request = await manager.save(
          manager.create(SpeakerRequestEntity, { meetingId: meeting.id, agendaItemId: item.id, userId: viewer.userId, organizationId: seat.organizationId }),
        );
        await this.changed(manager, viewer, meeting, 'speaker.requested', request.id);
        return manager.findOneByOrFail(SpeakerRequestEntity, { id: request.id });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('You are already on the speakers’ list of this item.');
      throw err;
    }
  }

  /**
   * The requester takes their request back, or an officer does; a finished one no longer changes.
   * Either holds a seat at the meeting: a requester whose seat ended since (a withdrawn substitute,
   * a participant removed from the table) no longer acts on it nor reads it, and their request is
   * the officers' to take back.
   */
  async withdraw(viewer: Viewer, id: string): Promise<SpeakerRequestEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(id) ? await manager.findOneBy(SpeakerRequestEntity, { id }) : null;
      if (!found) throw notFound('speaker request');
      const { meeting, seat } = await this.policy.assertSits(manager, viewer, found.meetingId);
      if (found.userId !== viewer.userId && !this.policy.isOfficer(seat.role)) {
        throw forbidden('Only the person who asked, or an officer, may withdraw a request to speak.');
      }
      const request = await manager.findOneByOrFail(SpeakerRequestEntity, { id });
      if (request.status !== 'WAITING' && request.status !== 'SPEAKING') throw forbidden('This request is over: it no longer changes.');
      await manager.update(SpeakerRequestEntity, { id }, { status: 'WITHDRAWN', endedAt: request.status === 'SPEAKING' ? () => 'now()' : null });
      this.activity.publish(manager, viewer, meeting, MeetingEventKind.SPEAKERS_CHANGED);
      return manager.findOneByOrFail(SpeakerRequestEntity, { id });
    });
  }

  /** Officers: the request becomes SPEAKING; whoever was speaking is done. */
  async giveFloor(viewer: Viewer, id: string): Promise<SpeakerRequestEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(id) ? await manager.findOneBy(SpeakerRequestEntity, { id }) : null;
      if (!found) throw notFound('speaker request');
      const { meeting } = await this.policy.assertOfficer(manager, viewer, found.meetingId);
      if (meeting.status !== 'IN_PROGRESS') throw forbidden('The floor is given only while the meeting is in progress.');
      const request = await manager.findOneByOrFail(SpeakerRequestEntity, { id });
      if (request.status !== 'WAITING') throw forbidden('Only a waiting request can be given the floor.');
      await this.endCurrentSpeech(manager, meeting.id);
      await manager.update(SpeakerRequestEntity, { id }, { status: 'SPEAKING', startedAt: () => 'now()' });
      await this.changed(manager, viewer, meeting, 'speaker.called', id);
      return manager.findOneByOrFail(SpeakerRequestEntity, { id });
    });
  }

  /** Officers: whoever is speaking is done. */
  async endSpeech(viewer: Viewer, meetingId: string): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertOfficer(manager, viewer, meetingId);
      if (await this.endCurrentSpeech(manager, meeting.id)) this.activity.publish(manager, viewer, meeting, MeetingEventKind.SPEAKERS_CHANGED);
      return meeting;
    });
  }

  /** The current item of a meeting in progress; FORBIDDEN when there is none. */
  private async currentItem(manager: EntityManager, meeting: MeetingEntity): Promise<AgendaItemEntity> {
    const item = meeting.status === 'IN_PROGRESS' && meeting.currentItemId ? await manager.findOneBy(AgendaItemEntity, { id: meeting.currentItemId }) : null;
    if (!item) throw forbidden('Requests to speak are taken on the current item of a meeting in progress.');
    return item;
  }

  private async endCurrentSpeech(manager: EntityManager, meetingId: string): Promise<boolean> {
    const ended = await manager.update(SpeakerRequestEntity, { meetingId, status: 'SPEAKING' }, { status: 'DONE', endedAt: () => 'now()' });
    return (ended.affected ?? 0) > 0;
  }

  private async changed(
    manager: EntityManager,
    viewer: Viewer,
    meeting: MeetingEntity,
    action: 'speaker.requested' | 'speaker.called',
    id: string,
  ): Promise<void> {
    await this.audit.record(manager, { actorId: viewer.userId, action, entityType: 'speakerRequest', entityId: id, tableId: meeting.tableId });
    this.activity.publish(manager, viewer, meeting, MeetingEventKind.SPEAKERS_CHANGED);
  }
}
