import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { NotificationKind } from '@concertation/shared-domain';
import { DecisionHooks } from '../decisions/decision-hooks';
import type { DecisionEntity } from '../decisions/decision.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import type { NotificationParamsByKind } from '../notifications/notification-texts';
import { NotificationsService } from '../notifications/notifications.service';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { referralsAnsweredBy } from './referral-chains';
import { ReferralEntity } from './referral.entity';
import { ReferralsPolicy } from './referrals.policy';

/**
 * The notifications of referrals (their texts in notification-texts.ts, in each reader's language), written in the change's
 * transaction and never to the actor: REFERRAL_RECEIVED to the receiving table's officers;
 * REFERRAL_ANSWERED to the referrer and the sending table's officers, on decline and whenever a
 * decision is recorded on the scheduled item (hooked into recordDecision). A decision on an
 * IN_CAMERA item goes only to readers who may see it; the others learn that one was taken.
 */
@Injectable()
export class ReferralNotices implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly policy: ReferralsPolicy,
    private readonly decisionHooks: DecisionHooks,
  ) {}

  onModuleInit(): void {
    this.decisionHooks.onRecorded((manager, viewer, decision) => this.decisionRecorded(manager, viewer.userId, decision));
  }

  async received(manager: EntityManager, actorId: string, referral: ReferralEntity): Promise<void> {
    const [from, to] = await this.tables(manager, referral);
    const officers = (await this.officerIds(manager, to.id)).filter((id) => id !== actorId);
    await this.notifications.notify(manager, officers, {
      kind: NotificationKind.REFERRAL_RECEIVED,
      params: { fromTableName: from.name, toTableName: to.name, referralTitle: referral.title, rationale: referral.rationale || null },
      tableId: to.id,
      subjectId: referral.id,
    });
  }

  async declined(manager: EntityManager, actorId: string, referral: ReferralEntity): Promise<void> {
    const [, to] = await this.tables(manager, referral);
    await this.answer(manager, actorId, referral, (reads) =>
      reads
        ? { answer: 'DECLINED', toTableName: to.name, referralTitle: referral.title, response: referral.response ?? null }
        : { answer: 'DECLINED', toTableName: to.name, referralTitle: null, response: null },
    );
  }

  /** A decision on an item that answers a referral (its scheduled item, or a copy carried over from it). */
  private async decisionRecorded(manager: EntityManager, actorId: string, decision: DecisionEntity): Promise<void> {
    if (!decision.agendaItemId) return;
    const referralId = (await referralsAnsweredBy(manager, [decision.agendaItemId])).get(decision.agendaItemId);
    if (!referralId) return;
    const referral = await manager.findOneByOrFail(ReferralEntity, { id: referralId });
    const item = await manager.findOneByOrFail(AgendaItemEntity, { id: decision.agendaItemId });
    const [, to] = await this.tables(manager, referral);
    await this.answer(manager, actorId, referral, (reads, sees) => {
      if (!reads) return { answer: 'DECIDED', toTableName: to.name, referralTitle: null, outcome: null, decisionText: null };
      const seen = sees(item);
      return {
        answer: 'DECIDED',
        toTableName: to.name,
        referralTitle: referral.title,
        outcome: seen ? decision.outcome : null,
        decisionText: seen ? decision.text : null,
      };
    });
  }

  /** REFERRAL_ANSWERED to the referrer and the sending table's officers, each with the text their rights allow. */
  private async answer(
    manager: EntityManager,
    actorId: string,
    referral: ReferralEntity,
    params: (reads: boolean, sees: (item: AgendaItemEntity) => boolean) => NotificationParamsByKind['REFERRAL_ANSWERED'],
  ): Promise<void> {
    const recipients = [...new Set([referral.referredById, ...(await this.officerIds(manager, referral.fromTableId))])].filter((id) => id !== actorId);
    for (const userId of recipients) {
      const roles = await this.policy.rolesIn(manager, userId, referral);
      await this.notifications.notify(manager, [userId], {
        kind: NotificationKind.REFERRAL_ANSWERED,
        params: params(this.policy.canRead(roles), (item) => this.policy.canSeeOutcome(roles, item)),
        tableId: referral.fromTableId,
        subjectId: referral.id,
      });
    }
  }

  private async tables(manager: EntityManager, referral: ReferralEntity): Promise<[RoundTableEntity, RoundTableEntity]> {
    return Promise.all([
      manager.findOneByOrFail(RoundTableEntity, { id: referral.fromTableId }),
      manager.findOneByOrFail(RoundTableEntity, { id: referral.toTableId }),
    ]);
  }

  private async officerIds(manager: EntityManager, tableId: string): Promise<string[]> {
    const seats = await manager.findBy(TableParticipantEntity, { tableId, role: In(['CHAIR', 'SECRETARY']) });
    return seats.map((s) => s.userId);
  }
}
