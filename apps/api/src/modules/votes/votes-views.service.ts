import { Injectable } from '@nestjs/common';
import { isUuid } from '@concertation/shared-domain';
import { forbidden, notFound } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import type { AgendaItemEntity } from '../meetings/agenda-item.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { BallotRightsService } from '../representation/ballot-rights.service';
import type { BallotEntity } from './ballot.entity';
import type { VoteEntity } from './vote.entity';
import { VotesLoaders } from './votes.loaders';

/**
 * What a viewer reads of votes (docs/api-guide.md, "Votes"): a vote as its agenda item (whoever
 * may read the meeting, its substitutes included; an IN_CAMERA item's votes only for those who see
 * the item). Ballots: while the vote is open, only those the viewer cast or may cast; once closed,
 * all of them. A secret ballot's choice goes to its caster only, officers included.
 */
@Injectable()
export class VotesViews {
  constructor(
    private readonly policy: MeetingsPolicy,
    private readonly meetings: MeetingsLoaders,
    private readonly loaders: VotesLoaders,
    private readonly rights: BallotRightsService,
  ) {}

  /** `vote(id)`: NOT_FOUND for an unknown id, FORBIDDEN when the viewer may not read its item. */
  async vote(ctx: RequestContext, id: string): Promise<VoteEntity> {
    const vote = isUuid(id) ? await this.loaders.vote(ctx).load(id) : null;
    if (!vote) throw notFound('vote');
    if (!(await this.mayRead(ctx, vote))) throw forbidden('Only those who may read this agenda item may read its votes.');
    return vote;
  }

  async ofMeeting(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<VoteEntity[]> {
    const [role, items, votes] = await Promise.all([
      this.policy.roleAt(ctx, meeting),
      this.meetings.agendaOf(ctx).load(meeting.id),
      this.loaders.ofMeeting(ctx).load(meeting.id),
    ]);
    const visible = new Set(items.filter((item) => this.policy.canSeeItem(role, item)).map((item) => item.id));
    return votes.filter((vote) => visible.has(vote.agendaItemId));
  }

  async ofItem(ctx: RequestContext, item: Pick<AgendaItemEntity, 'id' | 'meetingId' | 'confidentiality'>): Promise<VoteEntity[]> {
    const meeting = await this.meetings.meeting(ctx).load(item.meetingId);
    if (!meeting || !this.policy.canSeeItem(await this.policy.roleAt(ctx, meeting), item)) return [];
    return (await this.loaders.ofMeeting(ctx).load(meeting.id)).filter((vote) => vote.agendaItemId === item.id);
  }

  /** `Decision.vote`: the decision was read with the viewer's rights already. */
  ofDecision(ctx: RequestContext, decisionId: string): Promise<VoteEntity | null> {
    return this.loaders.ofDecision(ctx).load(decisionId);
  }

  /** Organizations whose ballot is in: turnout, readable while the vote is open too. */
  async votedOrganizationIds(ctx: RequestContext, vote: VoteEntity): Promise<string[]> {
    return (await this.loaders.ballots(ctx).load(vote.id)).map((b) => b.organizationId);
  }

  async ballots(ctx: RequestContext, vote: VoteEntity): Promise<BallotEntity[]> {
    const all = await this.loaders.ballots(ctx).load(vote.id);
    if (vote.status === 'CLOSED') return all;
    const meeting = await this.meetings.meeting(ctx).load(vote.meetingId);
    const mine = new Set(meeting ? await this.rights.viewerBallotOrganizations(ctx, meeting) : []);
    return all.filter((b) => mine.has(b.organizationId) || this.castByViewer(ctx, b));
  }

  /** A ballot's choice as the viewer may read it: a secret one only by its caster. */
  choiceOf(ctx: RequestContext, vote: Pick<VoteEntity, 'secret'>, ballot: BallotEntity): string | null {
    return !vote.secret || this.castByViewer(ctx, ballot) ? ballot.choice : null;
  }

  castByViewer(ctx: RequestContext, ballot: Pick<BallotEntity, 'castById'>): boolean {
    return ctx.viewer !== null && ballot.castById === ctx.viewer.userId;
  }

  private async mayRead(ctx: RequestContext, vote: VoteEntity): Promise<boolean> {
    const [meeting, item] = await Promise.all([this.meetings.meeting(ctx).load(vote.meetingId), this.meetings.item(ctx).load(vote.agendaItemId)]);
    return !!meeting && !!item && this.policy.canSeeItem(await this.policy.roleAt(ctx, meeting), item);
  }
}
