import { Injectable } from '@nestjs/common';
import type { EnumValue, ReferralStatus } from '@concertation/shared-domain';
import type { RequestContext } from '../../core/graphql/request-context';
import type { DecisionEntity } from '../decisions/decision.entity';
import type { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingViewsService } from '../meetings/meeting-views.service';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import type { ReferralEntity } from './referral.entity';
import { ReferralsLoaders, type ReferralDirection } from './referrals.loaders';
import { ReferralsPolicy } from './referrals.policy';

/** Referrals as one viewer may see them; every answer goes through per-request loaders and ReferralsPolicy. */
@Injectable()
export class ReferralViewsService {
  constructor(
    private readonly policy: ReferralsPolicy,
    private readonly loaders: ReferralsLoaders,
    private readonly meetings: MeetingViewsService,
    private readonly meetingLoaders: MeetingsLoaders,
  ) {}

  /** `RoundTable.incomingReferrals` / `outgoingReferrals`: for those who sit at the table, empty for others. */
  async ofTable(ctx: RequestContext, tableId: string, direction: ReferralDirection, status: EnumValue<ReferralStatus> | null): Promise<ReferralEntity[]> {
    if (!(await this.policy.mayListAt(ctx, tableId))) return [];
    return this.loaders.ofTable(ctx, direction, status).load(tableId);
  }

  /** `AgendaItem.referral`: the referral the item answers, when the viewer may read it. */
  async answeredBy(ctx: RequestContext, item: Pick<AgendaItemEntity, 'id'>): Promise<ReferralEntity | null> {
    const referral = await this.loaders.answeredBy(ctx).load(item.id);
    return referral && (await this.policy.mayRead(ctx, referral)) ? referral : null;
  }

  /** The sending table's item: only for those who may see it there (never the receiving table, unless they sit at both). */
  sourceItem(ctx: RequestContext, referral: ReferralEntity): Promise<AgendaItemEntity | null> {
    return this.meetings.item(ctx, referral.sourceItemId);
  }

  /**
   * Those who sit at the receiving table see the item as in their agenda (numbered within what
   * they see); those who sit only at the sending table see it as it stands, in camera or not by their role.
   */
  async scheduledItem(ctx: RequestContext, referral: ReferralEntity): Promise<AgendaItemEntity | null> {
    if (!referral.scheduledItemId) return null;
    const [roles, item] = await Promise.all([this.policy.viewerRoles(ctx, referral), this.meetingLoaders.item(ctx).load(referral.scheduledItemId)]);
    if (!item || !this.policy.canSeeOutcome(roles, item)) return null;
    return (await this.meetings.item(ctx, item.id)) ?? item;
  }

  /** What the receiving table decided on it: the decisions on the scheduled item (and its carried-over copies). */
  async outcomeDecisions(ctx: RequestContext, referral: ReferralEntity): Promise<DecisionEntity[]> {
    if (!referral.scheduledItemId) return [];
    const [roles, outcomes] = await Promise.all([this.policy.viewerRoles(ctx, referral), this.loaders.outcomes(ctx).load(referral.scheduledItemId)]);
    return outcomes.filter((o) => this.policy.canSeeOutcome(roles, o)).map((o) => o.decision);
  }
}
