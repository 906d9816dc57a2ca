import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { ActionItemModel } from '../action-items/models/action-item.model';
import { MeetingModel } from '../meetings/models/meeting.model';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import { TableMembershipModel } from '../round-tables/models/table-membership.model';
import { PendingDecisionModel, WhatNeedsMeModel } from './models/what-needs-me.model';
import { HOME_LIST_LIMIT, NEXT_MEETINGS, SOON_DAYS, WhatNeedsMeService } from './what-needs-me.service';

/** `whatNeedsMe`: the home page's one query; each list is read only when the client asks for it. */
@Resolver(() => WhatNeedsMeModel)
export class WhatNeedsMeResolver {
  constructor(private readonly service: WhatNeedsMeService) {}

  @Access('signedIn')
  @Query(() => WhatNeedsMeModel, { description: 'What needs the signed-in viewer now: decisions, own pending requests, urgent action items, next meetings.' })
  whatNeedsMe(@ReqContext() ctx: RequestContext): WhatNeedsMeModel {
    return { userId: signedInViewer(ctx).userId };
  }

  @ResolveField(() => [PendingDecisionModel], {
    description: `Waiting for the viewer's decision or answer, deadlines first then oldest first; at most ${HOME_LIST_LIMIT}. Officers: membership requests, incoming referrals, consultations to close (closing within ${SOON_DAYS} days or fully answered), circulated minutes; the people of an invited organization who sit at an audience table: consultations it has not answered; coordinators: affiliations.`,
  })
  decisions(_: WhatNeedsMeModel, __: NoArgs, ctx: RequestContext) {
    return this.service.decisions(signedInViewer(ctx));
  }

  @ResolveField(() => [TableMembershipModel], {
    description: "Requests to join a table made by the viewer or for the viewer's organization, not yet decided; oldest first.",
  })
  myPendingMemberships(_: WhatNeedsMeModel, __: NoArgs, ctx: RequestContext) {
    return this.service.myPendingMemberships(signedInViewer(ctx));
  }

  @ResolveField(() => [ActionItemModel], {
    description: `The viewer's own open action items (theirs, or their organization's with no one named) that are overdue, blocked or due within ${SOON_DAYS} days: overdue first, then blocked, then by due date; at most ${HOME_LIST_LIMIT}.`,
  })
  actionItems(_: WhatNeedsMeModel, __: NoArgs, ctx: RequestContext) {
    return this.service.urgentActionItems(signedInViewer(ctx));
  }

  @ResolveField(() => [MeetingModel], {
    description: `The next ${NEXT_MEETINGS} meetings at tables the viewer sits at, soonest first: under way, or scheduled and not yet started (never drafts, cancelled or adjourned ones).`,
  })
  nextMeetings(_: WhatNeedsMeModel, __: NoArgs, ctx: RequestContext) {
    return this.service.nextMeetings(signedInViewer(ctx));
  }
}

/** The table a pending decision belongs to, batched with every other table of the request. */
@Resolver(() => PendingDecisionModel)
export class PendingDecisionFieldsResolver {
  constructor(private readonly entities: EntityLoaders) {}

  @ResolveField(() => RoundTableModel, { nullable: true, description: 'The table it belongs to; null for AFFILIATION.' })
  table(decision: PendingDecisionModel, _: NoArgs, ctx: RequestContext) {
    return decision.tableId ? this.entities.table(ctx).load(decision.tableId) : null;
  }
}
