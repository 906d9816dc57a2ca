import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid, MeetingEventKind, tallyVote, voteOptions } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, forbidden, notFound } from '../../core/errors/domain-errors';
import { DecisionsService } from '../decisions/decisions.service';
import { OrganizationEntity } from '../directory/organization.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { AttendanceEntity } from '../meetings/attendance.entity';
import { MeetingActivity } from '../meetings/meeting-activity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingHooks } from '../meetings/meeting-hooks';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { computeQuorum } from '../meetings/quorum';
import { BallotRightsService } from '../representation/ballot-rights.service';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import { TableMembershipEntity } from '../round-tables/table-membership.entity';
import { BallotEntity } from './ballot.entity';
import type { OpenVoteInput } from './dto/open-vote.input';
import { VoteEntity } from './vote.entity';

/**
 * Formal votes (docs/api-guide.md, "Votes"): officers open one on an item of a meeting in progress
 * with its quorum; each eligible organization's ballot is cast by whoever may cast it
 * (BallotRightsService), replaced until the vote closes; closing counts the ballots and records
 * the decision in the same transaction.
 *
 * Locks: a ballot holds its vote row FOR SHARE, so ballots go in side by side; closing takes the
 * meeting row, then the vote row FOR UPDATE, and so waits for the ballots under way and refuses
 * those that come after (each ballot is in the count or refused, never half). Adjourning takes the
 * meeting row too, then cancels the open votes: the same order, so the two never deadlock.
 */
@Injectable()
export class VotesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly rights: BallotRightsService,
    private readonly decisions: DecisionsService,
    private readonly activity: MeetingActivity,
    private readonly audit: AuditService,
    private readonly meetingHooks: MeetingHooks,
  ) {}

  onModuleInit(): void {
    this.meetingHooks.onAdjourned((manager, viewer, meeting) => this.cancelOpenVotes(manager, viewer, meeting));
  }

  async open(viewer: Viewer, input: OpenVoteInput): Promise<VoteEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = isUuid(input.agendaItemId) ? await manager.findOneBy(AgendaItemEntity, { id: input.agendaItemId }) : null;
      if (!item) throw notFound('agenda item');
      const { meeting } = await this.policy.assertOfficer(manager, viewer, item.meetingId);
      if (meeting.status !== 'IN_PROGRESS') throw forbidden('A vote opens only while the meeting is in progress.');
      const memberships = await manager.findBy(TableMembershipEntity, { tableId: meeting.tableId, status: 'ACTIVE' });
      const table = await manager.findOneByOrFail(RoundTableEntity, { id: meeting.tableId });
      const attendance = await manager.findBy(AttendanceEntity, { meetingId: meeting.id });
      if (!computeQuorum(table, memberships, attendance).reached) throw forbidden('A vote opens only once the quorum is reached.');
      const options = voteOptions(input.method, input.options);
      if (typeof options === 'string') throw badInput(options, 'options');
      const vote = await manager.save(
        manager.create(VoteEntity, {
          meetingId: meeting.id,
          agendaItemId: item.id,
          question: input.question,
          method: input.method,
          options,
          threshold: input.threshold,
          secret: input.secret ?? false,
          eligibleOrganizationIds: memberships.map((m) => m.organizationId).sort(),
          openedById: viewer.userId,
        }),
      );
      await this.audit.record(manager, { actorId: viewer.userId, action: 'vote.opened', entityType: 'vote', entityId: vote.id, tableId: meeting.tableId });
      this.activity.publish(manager, viewer, meeting, MeetingEventKind.VOTE_OPENED);
      return manager.findOneByOrFail(VoteEntity, { id: vote.id });
    });
  }

  /** Casts or replaces the organization's ballot. The audit names the vote, never the choice. */
  async cast(viewer: Viewer, voteId: string, organizationId: string, choice: string): Promise<BallotEntity> {
    return this.dataSource.transaction(async (manager) => {
      const vote = isUuid(voteId)
        ? await manager.getRepository(VoteEntity).createQueryBuilder('v').setLock('pessimistic_read').where('v.id = :voteId', { voteId }).getOne()
        : null;
      if (!vote) throw notFound('vote');
      if (!isUuid(organizationId) || !(await manager.existsBy(OrganizationEntity, { id: organizationId }))) throw notFound('organization');
      const meeting = await manager.findOneByOrFail(MeetingEntity, { id: vote.meetingId });
      const item = await manager.findOneByOrFail(AgendaItemEntity, { id: vote.agendaItemId });
      // One read of the caster's seat for both checks: a burst of ballots is mostly these statements.
      const seat = await this.policy.seatIn(manager, viewer.userId, meeting);
      if (!this.policy.canSeeItem(seat?.role ?? null, item)) throw forbidden('You may not read this vote.');
      const { byProxy } = await this.rights.assertMayCast(manager, viewer, meeting, seat, organizationId);
      if (vote.status !== 'OPEN') throw forbidden(`This vote is ${vote.status.toLowerCase()}: ballots are no longer taken.`);
      if (!vote.options.includes(choice)) throw badInput('choice must be one of the vote’s options.', 'choice');
      if (!vote.eligibleOrganizationIds.includes(organizationId)) throw forbidden('This organization was not a member of the table when the vote opened.');
      const [row] = (await manager.query(
        `INSERT INTO ballot (vote_id, organization_id, choice, cast_by_id, by_proxy) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (vote_id, organization_id) DO UPDATE SET choice = EXCLUDED.choice, cast_by_id = EXCLUDED.cast_by_id, by_proxy = EXCLUDED.by_proxy, cast_at = now()
         RETURNING cast_at`,
        [vote.id, organizationId, choice, viewer.userId, byProxy],
      )) as { cast_at: Date }[];
      await this.audit.record(manager, { actorId: viewer.userId, action: 'ballot.cast', entityType: 'vote', entityId: vote.id, tableId: meeting.tableId });
      this.activity.ballotCast(manager, viewer, meeting);
      return manager.create(BallotEntity, { voteId: vote.id, organizationId, choice, castById: viewer.userId, byProxy, castAt: new Date(row.cast_at) });
    });
  }

  /** Counts the ballots, applies the threshold and records the decision on the item, all at once. */
  async close(viewer: Viewer, id: string): Promise<VoteEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { vote, meeting } = await this.lockOpenVote(manager, viewer, id);
      const ballots = await manager.findBy(BallotEntity, { voteId: vote.id });
      const tally = tallyVote(
        vote.method,
        vote.options,
        vote.threshold,
        ballots.map((b) => b.choice),
      );
      const count = (option: string) => tally.results.find((r) => r.option === option)?.count ?? 0;
      const yesNo = vote.method === 'YES_NO_ABSTAIN';
      const decision = await this.decisions.recordIn(manager, viewer, meeting, {
        agendaItemId: vote.agendaItemId,
        text: tally.winningOption ? `${vote.question} — ${tally.winningOption}` : vote.question,
        outcome: tally.passed ? 'ADOPTED' : 'REJECTED',
        votesFor: yesNo ? count('YES') : null,
        votesAgainst: yesNo ? count('NO') : null,
        abstentions: yesNo ? count('ABSTAIN') : null,
      });
      await manager.update(
        VoteEntity,
        { id: vote.id },
        {
          status: 'CLOSED',
          closedAt: () => 'now()',
          results: tally.results,
          passed: tally.passed,
          winningOption: tally.winningOption,
          decisionId: decision.id,
        },
      );
      await this.audit.record(manager, { actorId: viewer.userId, action: 'vote.closed', entityType: 'vote', entityId: vote.id, tableId: meeting.tableId });
      this.activity.publish(manager, viewer, meeting, MeetingEventKind.VOTE_CLOSED);
      return manager.findOneByOrFail(VoteEntity, { id: vote.id });
    });
  }

  /** Ends an open vote without a result or a decision; its ballots are kept. */
  async cancel(viewer: Viewer, id: string): Promise<VoteEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { vote, meeting } = await this.lockOpenVote(manager, viewer, id);
      await manager.update(VoteEntity, { id: vote.id }, { status: 'CANCELLED', closedAt: () => 'now()' });
      await this.audit.record(manager, { actorId: viewer.userId, action: 'vote.cancelled', entityType: 'vote', entityId: vote.id, tableId: meeting.tableId });
      this.activity.publish(manager, viewer, meeting, MeetingEventKind.VOTE_CLOSED);
      return manager.findOneByOrFail(VoteEntity, { id: vote.id });
    });
  }

  /** NOT_FOUND, then officers only (locking the meeting), then the vote row locked, still OPEN. */
  private async lockOpenVote(manager: EntityManager, viewer: Viewer, id: string): Promise<{ vote: VoteEntity; meeting: MeetingEntity }> {
    const found = isUuid(id) ? await manager.findOneBy(VoteEntity, { id }) : null;
    if (!found) throw notFound('vote');
    const { meeting } = await this.policy.assertOfficer(manager, viewer, found.meetingId);
    const vote = await manager.getRepository(VoteEntity).createQueryBuilder('v').setLock('pessimistic_write').where('v.id = :id', { id }).getOneOrFail();
    if (vote.status !== 'OPEN') throw forbidden(`This vote is ${vote.status.toLowerCase()}: it no longer changes.`);
    return { vote, meeting };
  }

  /** An adjourned meeting cancels its open votes (MeetingHooks, in the adjournment's transaction). */
  private async cancelOpenVotes(manager: EntityManager, viewer: Viewer, meeting: MeetingEntity): Promise<void> {
    const cancelled: Array<{ id: string }> = await manager.query(
      `WITH cancelled AS (UPDATE vote SET status = 'CANCELLED', closed_at = now() WHERE meeting_id = $1 AND status = 'OPEN' RETURNING id) SELECT id FROM cancelled`,
      [meeting.id],
    );
    for (const { id } of cancelled) {
      await this.audit.record(manager, { actorId: viewer.userId, action: 'vote.cancelled', entityType: 'vote', entityId: id, tableId: meeting.tableId });
    }
    if (cancelled.length > 0) this.activity.publish(manager, viewer, meeting, MeetingEventKind.VOTE_CLOSED);
  }
}
