import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid, AgendaItemKind } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { isUniqueViolation } from '../../core/database/unique-violation';
import { badInput, conflict, forbidden, notFound } from '../../core/errors/domain-errors';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { AgendaService } from '../meetings/agenda.service';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { findOrNotFound, tableOrNotFound } from '../round-tables/table-lookup';
import type { DecideReferralArgs, ReferralInput } from './dto/referral.inputs';
import { ReferralNotices } from './referral-notices';
import { ReferralEntity } from './referral.entity';
import { ReferralsPolicy } from './referrals.policy';

const OPEN_SOURCE_INDEX = 'referral_open_source_idx';

/**
 * Referrals' life: an officer of the sending table refers a question (from an agenda item or on
 * its own) up to a table above; an officer of the receiving table accepts it, into one of its
 * meetings as a new agenda item (the agenda service appends it under the meeting's row lock), or
 * declines it with a response. Each referral row is locked while it is decided, so that two
 * officers deciding at once cannot both succeed.
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ReferralsPolicy,
    private readonly meetings: MeetingsPolicy,
    private readonly agenda: AgendaService,
    private readonly notices: ReferralNotices,
    private readonly audit: AuditService,
  ) {}

  async refer(viewer: Viewer, input: ReferralInput): Promise<ReferralEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const from = await tableOrNotFound(manager, input.fromTableId);
        const to = await tableOrNotFound(manager, input.toTableId);
        await this.policy.assertMayRefer(manager, viewer, from, to);
        const sourceItemId = input.sourceItemId ?? null;
        if (sourceItemId !== null) await this.assertItemOfTable(manager, sourceItemId, from.id);
        const { identifiers } = await manager.insert(ReferralEntity, {
          fromTableId: from.id,
          toTableId: to.id,
          sourceItemId,
          title: input.title,
          rationale: input.rationale ?? null,
          status: 'PENDING',
          referredById: viewer.userId,
        });
        const referral = await manager.findOneByOrFail(ReferralEntity, { id: identifiers[0].id as string });
        await this.audit.record(manager, {
          actorId: viewer.userId,
          action: 'referral.created',
          entityType: 'referral',
          entityId: referral.id,
          tableId: from.id,
        });
        await this.notices.received(manager, viewer.userId, referral);
        return referral;
      });
    } catch (error) {
      if (isUniqueViolation(error, OPEN_SOURCE_INDEX)) throw conflict('This item is already referred to that table and waits for its answer.');
      throw error;
    }
  }

  /**
   * PENDING → ACCEPTED (into `meetingId`'s agenda when given) or DECLINED. An ACCEPTED referral
   * that has no scheduled item (accepted without a meeting, or its item removed) can be accepted
   * again with a meeting to schedule it. Anything else is a state the referral refuses: FORBIDDEN.
   */
  async decide(viewer: Viewer, args: DecideReferralArgs): Promise<ReferralEntity> {
    const meetingId = args.meetingId ?? null;
    if (!args.accept && meetingId !== null) throw badInput('A declined referral goes into no meeting.', 'meetingId');
    return this.dataSource.transaction(async (manager) => {
      const referral = await findOrNotFound(manager, ReferralEntity, args.id, 'referral', { lock: true });
      const to = await tableOrNotFound(manager, referral.toTableId);
      await this.policy.assertMayDecide(manager, viewer, to);
      const scheduling = referral.status === 'ACCEPTED' && referral.scheduledItemId === null && args.accept && meetingId !== null;
      if (referral.status !== 'PENDING' && !scheduling) throw forbidden(`This referral is already ${referral.status.toLowerCase()}.`);
      if (!args.accept) {
        await manager.update(
          ReferralEntity,
          { id: referral.id },
          { status: 'DECLINED', decidedById: viewer.userId, decidedAt: () => 'now()', response: args.response ?? null },
        );
        const declined = await manager.findOneByOrFail(ReferralEntity, { id: referral.id });
        await this.record(manager, viewer, declined, 'referral.decided');
        await this.notices.declined(manager, viewer.userId, declined);
        return declined;
      }
      const scheduledItemId = meetingId === null ? null : (await this.schedule(manager, viewer, referral, meetingId)).id;
      if (scheduling) {
        await manager.update(ReferralEntity, { id: referral.id }, { scheduledItemId, ...(args.response != null ? { response: args.response } : {}) });
      } else {
        await manager.update(
          ReferralEntity,
          { id: referral.id },
          { status: 'ACCEPTED', decidedById: viewer.userId, decidedAt: () => 'now()', response: args.response ?? null, scheduledItemId },
        );
      }
      const accepted = await manager.findOneByOrFail(ReferralEntity, { id: referral.id });
      await this.record(manager, viewer, accepted, scheduling ? 'referral.scheduled' : 'referral.decided');
      return accepted;
    });
  }

  /** A new item at the end of the receiving table's meeting, named after the referral. */
  private async schedule(manager: EntityManager, viewer: Viewer, referral: ReferralEntity, meetingId: string): Promise<AgendaItemEntity> {
    const meeting = await findOrNotFound(manager, MeetingEntity, meetingId, 'meeting');
    if (meeting.tableId !== referral.toTableId) throw badInput('The meeting must be a meeting of the receiving table.', 'meetingId');
    this.meetings.assertAgendaOpen(meeting);
    return this.agenda.addIn(manager, viewer, meeting.id, { title: referral.title, description: referral.rationale, kind: AgendaItemKind.DECISION });
  }

  /** An item of a meeting of that table: unknown or malformed is NOT_FOUND, another table's BAD_USER_INPUT. */
  private async assertItemOfTable(manager: EntityManager, itemId: string, tableId: string): Promise<void> {
    const item = isUuid(itemId) ? await manager.findOneBy(AgendaItemEntity, { id: itemId }) : null;
    if (!item) throw notFound('agenda item');
    const meeting = await manager.findOneByOrFail(MeetingEntity, { id: item.meetingId });
    if (meeting.tableId !== tableId) throw badInput('sourceItemId must be an agenda item of the sending table.', 'sourceItemId');
  }

  private record(manager: EntityManager, viewer: Viewer, referral: ReferralEntity, action: string): Promise<void> {
    return this.audit.record(manager, { actorId: viewer.userId, action, entityType: 'referral', entityId: referral.id, tableId: referral.toTableId });
  }
}
