import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { DecisionModel } from '../decisions/models/decision.model';
import { AgendaItemModel } from '../meetings/models/agenda-item.model';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import { DecideReferralArgs, ReferAgendaItemArgs } from './dto/referral.inputs';
import { ReferralModel } from './models/referral.model';
import { ReferralViewsService } from './referral-views.service';
import type { ReferralEntity } from './referral.entity';
import { ReferralsService } from './referrals.service';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** Referring a question up (officers of the sending table) and answering it (officers of the receiving table); a referral's relations. */
@Resolver(() => ReferralModel)
export class ReferralsResolver {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly views: ReferralViewsService,
    private readonly entities: EntityLoaders,
  ) {}

  @Access('signedIn')
  @Mutation(() => ReferralModel, { description: 'Officers of the sending table; to the table it reports to or one further up.' })
  referAgendaItem(@ReqContext() ctx: RequestContext, @Args() args: ReferAgendaItemArgs) {
    return this.referrals.refer(signedInViewer(ctx), args.input);
  }

  @Access('signedIn')
  @Mutation(() => ReferralModel, {
    description:
      'On accept with meetingId, the referral becomes an agenda item of that meeting (scheduledItem). Officers of the receiving table; ' +
      'an accepted referral without a scheduled item can be accepted again with a meetingId to schedule it.',
  })
  decideReferral(@ReqContext() ctx: RequestContext, @Args() args: DecideReferralArgs) {
    return this.referrals.decide(signedInViewer(ctx), args);
  }

  @ResolveField(() => RoundTableModel)
  fromTable(referral: ReferralEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.table(ctx).load(referral.fromTableId);
  }

  @ResolveField(() => RoundTableModel)
  toTable(referral: ReferralEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.table(ctx).load(referral.toTableId);
  }

  @ResolveField(() => AgendaItemModel, { nullable: true, description: "The sending table's item it comes from; null for those who may not see that item." })
  sourceItem(referral: ReferralEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.sourceItem(ctx, referral);
  }

  @ResolveField(() => UserModel)
  referredBy(referral: ReferralEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(referral.referredById);
  }

  @ResolveField(() => UserModel, { nullable: true })
  decidedBy(referral: ReferralEntity, _: NoArgs, ctx: RequestContext) {
    return referral.decidedById ? this.entities.user(ctx).load(referral.decidedById) : null;
  }

  @ResolveField(() => AgendaItemModel, {
    nullable: true,
    description: 'The agenda item it became at the receiving table once accepted; an IN_CAMERA one only for chairs, secretaries and members of either table.',
  })
  scheduledItem(referral: ReferralEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.scheduledItem(ctx, referral);
  }

  @ResolveField(() => [DecisionModel], {
    description:
      'What the receiving table decided on it (the decisions recorded on scheduledItem, or on its copies carried over to later meetings); visible to both tables, oldest first.',
  })
  outcomeDecisions(referral: ReferralEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.outcomeDecisions(ctx, referral);
  }
}
