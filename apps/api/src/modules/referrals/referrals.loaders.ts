import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { EnumValue, Confidentiality, ReferralStatus } from '@concertation/shared-domain';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey, groupByKey } from '../../core/graphql/request-loaders';
import { DecisionEntity } from '../decisions/decision.entity';
import { outcomesOf, referralsAnsweredBy } from './referral-chains';
import { ReferralEntity } from './referral.entity';

export type ReferralDirection = 'incoming' | 'outgoing';

/** Per-request loaders of referrals and what hangs off them. Visibility is the views' job (ReferralsPolicy). */
@Injectable()
export class ReferralsLoaders {
  constructor(private readonly dataSource: DataSource) {}

  /** Each table's incoming or outgoing referrals, of one status when asked, newest first. */
  ofTable(ctx: RequestContext, direction: ReferralDirection, status: EnumValue<ReferralStatus> | null): DataLoader<string, ReferralEntity[]> {
    const column = direction === 'incoming' ? 'toTableId' : 'fromTableId';
    return ctx.loaders.get(`referrals.${direction}.${status ?? 'any'}`, async (tableIds: readonly string[]) =>
      groupByKey(
        tableIds,
        await this.dataSource.getRepository(ReferralEntity).find({
          where: { [column]: In([...tableIds]), ...(status ? { status } : {}) },
          order: { referredAt: 'DESC', id: 'DESC' },
        }),
        (r) => r[column],
      ),
    );
  }

  /** The referral each agenda item answers (as scheduled item or a copy carried over from it). */
  answeredBy(ctx: RequestContext): DataLoader<string, ReferralEntity | null> {
    return ctx.loaders.get('referrals.answeredBy', async (itemIds: readonly string[]) => {
      const links = await referralsAnsweredBy(this.dataSource, itemIds);
      const referrals = links.size ? await this.dataSource.getRepository(ReferralEntity).findBy({ id: In([...new Set(links.values())]) }) : [];
      const byId = new Map(referrals.map((r) => [r.id, r]));
      return itemIds.map((id) => byId.get(links.get(id) ?? '') ?? null);
    });
  }

  /** The decisions on each scheduled item and its carried-over copies, oldest first, with their item's confidentiality. */
  outcomes(ctx: RequestContext): DataLoader<string, Array<{ decision: DecisionEntity; confidentiality: EnumValue<Confidentiality> }>> {
    return ctx.loaders.get('referrals.outcomes', async (itemIds: readonly string[]) => {
      const rows = await outcomesOf(this.dataSource, itemIds);
      const decisions = rows.length ? await this.dataSource.getRepository(DecisionEntity).findBy({ id: In(rows.map((r) => r.decisionId)) }) : [];
      const found = byKey(
        rows.map((r) => r.decisionId),
        decisions,
        (d) => d.id,
      );
      const joined = rows.flatMap((row, i) => {
        const decision = found[i];
        return decision ? [{ root: row.root, decision, confidentiality: row.confidentiality }] : [];
      });
      return groupByKey(itemIds, joined, (j) => j.root).map((group) => group.map(({ decision, confidentiality }) => ({ decision, confidentiality })));
    });
  }
}
