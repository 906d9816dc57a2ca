import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Confidentiality, type EnumValue, isUuid, MeetingEventKind, tallyVote, voteOptions, type VoteStatus } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, forbidden, notFound } from '../../core/errors/domain-errors';
import { DecisionsService } from '../decisions/decisions.service';
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
      const target = isUuid(voteId) ? await ballotTargetIn(manager, voteId, isUuid(organizationId) ? organizationId : null, choice) : null;
      if (!target) throw notFound('vote');
      if (!target.organizationExists) throw notFound('organization');
      const meeting = { id: target.meetingId, tableId: target.tableId };
      // One read of the caster's seat for both checks: a burst of ballots is mostly these statements.
      const seat = await this.policy.seatIn(manager, viewer.userId, meeting);
      if (!this.policy.canSeeItem(seat?.role ?? null, target)) throw forbidden('You may not read this vote.');
      const { byProxy } = await this.rights.assertMayCast(manager, viewer, meeting, seat, organizationId);
      if (target.status !== 'OPEN') throw forbidden(`This vote is ${target.status.toLowerCase()}: ballots are no longer taken.`);
      if (!target.offersChoice) throw badInput('choice must be one of the vote’s options.', 'choice');
      if (!target.eligible) throw forbidden('This organization was not a member of the table when the vote opened.');
      const [row] = (await manager.query(
        `INSERT INTO ballot (vote_id, organization_id, choice, cast_by_id, by_proxy) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (vote_id, organization_id) DO UPDATE SET choice = EXCLUDED.choice, cast_by_id = EXCLUDED.cast_by_id, by_proxy = EXCLUDED.by_proxy, cast_at = now()
         RETURNING cast_at`,
        [target.id, organizationId, choice, viewer.userId, byProxy],
      )) as { cast_at: Date }[];
      await this.audit.record(manager, { actorId: viewer.userId, action: 'ballot.cast', entityType: 'vote', entityId: target.id, tableId: meeting.tableId });
      this.activity.ballotCast(manager, viewer, meeting);
      return manager.create(BallotEntity, { voteId: target.id, organizationId, choice, castById: viewer.userId, byProxy, castAt: new Date(row.cast_at) });
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

/** What castBallot checks of a vote and of the ballot asked for, its vote row held FOR SHARE (see the class's locks). */
interface BallotTarget {
  id: string;
  status: EnumValue<VoteStatus>;
  meetingId: string;
  tableId: string;
  /** The agenda item's: whether the caster may read the vote at all. */
  confidentiality: EnumValue<Confidentiality>;
  organizationExists: boolean;
  offersChoice: boolean;
  /** Whether the organization was an ACTIVE member of the table when the vote opened. */
  eligible: boolean;
}

/**
 * One statement for the vote, its meeting's table, its item and the ballot's organization and
 * choice: the options and the eligible organizations (up to hundreds of ids) are tested in the
 * database, not read into each of a burst of ballots.
 */
async function ballotTargetIn(manager: EntityManager, voteId: string, organizationId: string | null, choice: string): Promise<BallotTarget | null> {
  const [target] = (await manager.query(
    `SELECT v.id, v.status, v.meeting_id AS "meetingId", m.table_id AS "tableId", agi.confidentiality,
            EXISTS (SELECT 1 FROM organization o WHERE o.id = $2::uuid) AS "organizationExists",
            v.options @> jsonb_build_array($3::text) AS "offersChoice",
            COALESCE($2::uuid = ANY(v.eligible_organization_ids), false) AS eligible
       FROM vote v
       JOIN meeting m ON m.id = v.meeting_id
       JOIN agenda_item agi ON agi.id = v.agenda_item_id
      WHERE v.id = $1
        FOR SHARE OF v`,
    [voteId, organizationId, choice],
  )) as BallotTarget[];
  return target ?? null;
}
