import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import { ReqContext, signedInViewer, type RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { OptionCountModel } from '../consultations/models/consultation-results.model';
import type { DecisionEntity } from '../decisions/decision.entity';
import { DecisionsLoaders } from '../decisions/decisions.loaders';
import { DecisionModel } from '../decisions/models/decision.model';
import { OrganizationModel } from '../directory/models/organization.model';
import type { OrganizationEntity } from '../directory/organization.entity';
import type { AgendaItemEntity } from '../meetings/agenda-item.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { AgendaItemModel } from '../meetings/models/agenda-item.model';
import { MeetingModel } from '../meetings/models/meeting.model';
import type { BallotEntity } from './ballot.entity';
import { OpenVoteInput } from './dto/open-vote.input';
import { BallotModel, VoteModel } from './models/vote.model';
import type { VoteEntity } from './vote.entity';
import { VotesLoaders } from './votes.loaders';
import { VotesService } from './votes.service';
import { VotesViews } from './votes-views.service';

@Resolver()
export class VotesResolver {
  constructor(
    private readonly votes: VotesService,
    private readonly views: VotesViews,
  ) {}

  @Access('signedIn')
  @Query(() => VoteModel, { nullable: true, description: 'Whoever may read its agenda item; FORBIDDEN for others, NOT_FOUND for an unknown id.' })
  vote(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.views.vote(ctx, id);
  }

  @Access('signedIn')
  @Mutation(() => VoteModel, { description: 'Officers, on an item of a meeting in progress whose quorum is reached.' })
  openVote(@ReqContext() ctx: RequestContext, @Args('input', { type: () => OpenVoteInput }) input: OpenVoteInput) {
    return this.votes.open(signedInViewer(ctx), input);
  }

  @Access('signedIn')
  @Mutation(() => BallotModel, { description: 'Casts or replaces the organization’s ballot while the vote is OPEN.' })
  castBallot(
    @ReqContext() ctx: RequestContext,
    @Args('voteId', { type: () => ID }) voteId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('choice') choice: string,
  ) {
    return this.votes.cast(signedInViewer(ctx), voteId, organizationId, choice);
  }

  @Access('signedIn')
  @Mutation(() => VoteModel, { description: 'Counts the ballots and records the decision on the vote’s item.' })
  closeVote(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.votes.close(signedInViewer(ctx), id);
  }

  @Access('signedIn')
  @Mutation(() => VoteModel, { description: 'Ends an open vote without a result.' })
  cancelVote(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.votes.cancel(signedInViewer(ctx), id);
  }
}

@Resolver(() => VoteModel)
export class VoteFieldsResolver {
  constructor(
    private readonly views: VotesViews,
    private readonly entities: EntityLoaders,
    private readonly meetings: MeetingsLoaders,
    private readonly decisions: DecisionsLoaders,
  ) {}

  @ResolveField('meeting', () => MeetingModel)
  meeting(vote: VoteEntity, _: NoArgs, ctx: RequestContext) {
    return this.meetings.meeting(ctx).load(vote.meetingId);
  }

  @ResolveField('agendaItem', () => AgendaItemModel)
  agendaItem(vote: VoteEntity, _: NoArgs, ctx: RequestContext) {
    return this.meetings.item(ctx).load(vote.agendaItemId);
  }

  @ResolveField('openedBy', () => UserModel)
  openedBy(vote: VoteEntity, _: NoArgs, ctx: RequestContext) {
    return vote.openedById ? this.entities.user(ctx).load(vote.openedById) : null;
  }

  @ResolveField('eligibleOrganizations', () => [OrganizationModel], { description: 'Member organizations entitled to a ballot, fixed when the vote opened.' })
  eligibleOrganizations(vote: VoteEntity, _: NoArgs, ctx: RequestContext) {
    return organizationsByName(this.entities, ctx, vote.eligibleOrganizationIds);
  }

  @ResolveField('votedOrganizations', () => [OrganizationModel], { description: 'Organizations whose ballot is in (turnout), visible while OPEN too.' })
  async votedOrganizations(vote: VoteEntity, _: NoArgs, ctx: RequestContext) {
    return organizationsByName(this.entities, ctx, await this.views.votedOrganizationIds(ctx, vote));
  }

  @ResolveField('results', () => [OptionCountModel], { nullable: true, description: 'Counts per option, in the order of options; null until CLOSED.' })
  results(vote: VoteEntity) {
    return vote.status === 'CLOSED' ? vote.results : null;
  }

  @ResolveField('passed', () => Boolean, { nullable: true, description: 'Whether the threshold was met; null until CLOSED, and when CANCELLED.' })
  passed(vote: VoteEntity) {
    return vote.status === 'CLOSED' ? vote.passed : null;
  }

  @ResolveField('ballots', () => [BallotModel], {
    description:
      'Each organization’s ballot: once CLOSED, all of them; while OPEN, only those the viewer cast or may cast; never another’s choice in a secret vote.',
  })
  ballots(vote: VoteEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.ballots(ctx, vote);
  }

  @ResolveField('decision', () => DecisionModel, { nullable: true, description: 'The decision recorded when the vote closed.' })
  decision(vote: VoteEntity, _: NoArgs, ctx: RequestContext) {
    return vote.decisionId ? this.decisions.byId(ctx).load(vote.decisionId) : null;
  }
}

@Resolver(() => BallotModel)
export class BallotFieldsResolver {
  constructor(
    private readonly views: VotesViews,
    private readonly loaders: VotesLoaders,
    private readonly entities: EntityLoaders,
  ) {}

  @ResolveField('organization', () => OrganizationModel)
  organization(ballot: BallotEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.organization(ctx).load(ballot.organizationId);
  }

  @ResolveField('choice', () => String, { nullable: true, description: 'Null in a secret vote, except for the person who cast it.' })
  async choice(ballot: BallotEntity, _: NoArgs, ctx: RequestContext) {
    // One's own ballot is always one's to read: castBallot's answer needs no read of the vote.
    if (this.views.castByViewer(ctx, ballot)) return ballot.choice;
    const vote = await this.loaders.vote(ctx).load(ballot.voteId);
    return vote ? this.views.choiceOf(ctx, vote, ballot) : null;
  }

  @ResolveField('castBy', () => UserModel)
  castBy(ballot: BallotEntity, _: NoArgs, ctx: RequestContext) {
    return ballot.castById ? this.entities.user(ctx).load(ballot.castById) : null;
  }
}

/** `Meeting.votes`, `AgendaItem.votes`, `Decision.vote`: as the viewer may read them. */
@Resolver(() => MeetingModel)
export class MeetingVotesResolver {
  constructor(private readonly views: VotesViews) {}

  @ResolveField('votes', () => [VoteModel], { description: 'Formal votes of this meeting, oldest first; votes on items the viewer may not see are left out.' })
  votes(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.ofMeeting(ctx, meeting);
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemVotesResolver {
  constructor(private readonly views: VotesViews) {}

  @ResolveField('votes', () => [VoteModel], { description: 'Formal votes on this item, oldest first; none when the viewer may not see the item.' })
  votes(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.ofItem(ctx, item);
  }
}

@Resolver(() => DecisionModel)
export class DecisionVoteResolver {
  constructor(private readonly views: VotesViews) {}

  @ResolveField('vote', () => VoteModel, { nullable: true, description: 'The formal vote whose result this decision records, if any.' })
  vote(decision: DecisionEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.ofDecision(ctx, decision.id);
  }
}

async function organizationsByName(entities: EntityLoaders, ctx: RequestContext, ids: readonly string[]): Promise<OrganizationEntity[]> {
  const found = await entities.organization(ctx).loadMany([...ids]);
  return found.filter((o): o is OrganizationEntity => !!o && !(o instanceof Error)).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
