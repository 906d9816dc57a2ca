import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReqContext, type RequestContext } from '../../core/graphql/request-context';
import type { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { AgendaItemModel } from '../meetings/models/agenda-item.model';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { ReferralListArgs } from './dto/referral.inputs';
import { ReferralModel } from './models/referral.model';
import { ReferralViewsService } from './referral-views.service';
import type { NoArgs } from '../../core/graphql/field-resolvers';

const LIST = 'For those who sit at the table (empty for others), newest first.';

/** `RoundTable.incomingReferrals` and `outgoingReferrals`, batched per request. */
@Resolver(() => RoundTableModel)
export class TableReferralsResolver {
  constructor(private readonly views: ReferralViewsService) {}

  @ResolveField(() => [ReferralModel], { description: `Referrals sent to this table. ${LIST}` })
  incomingReferrals(@Parent() table: RoundTableEntity, @ReqContext() ctx: RequestContext, @Args() args: ReferralListArgs) {
    return this.views.ofTable(ctx, table.id, 'incoming', args.status ?? null);
  }

  @ResolveField(() => [ReferralModel], { description: `Referrals this table sent. ${LIST}` })
  outgoingReferrals(@Parent() table: RoundTableEntity, @ReqContext() ctx: RequestContext, @Args() args: ReferralListArgs) {
    return this.views.ofTable(ctx, table.id, 'outgoing', args.status ?? null);
  }
}

/** `AgendaItem.referral`, batched per request. */
@Resolver(() => AgendaItemModel)
export class AgendaItemReferralResolver {
  constructor(private readonly views: ReferralViewsService) {}

  @ResolveField(() => ReferralModel, { nullable: true, description: 'The referral from another table that this item answers.' })
  referral(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.answeredBy(ctx, item);
  }
}
