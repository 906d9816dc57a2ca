import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { tallyVote, voteOptions } from '@concertation/shared-domain';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { MeetingEntity } from '../modules/meetings/meeting.entity';
import { TableMembershipEntity } from '../modules/round-tables/table-membership.entity';
import { TableParticipantEntity } from '../modules/round-tables/table-participant.entity';
import { SpeakerRequestEntity } from '../modules/speakers/speaker-request.entity';
import { BallotEntity } from '../modules/votes/ballot.entity';
import { VoteEntity } from '../modules/votes/vote.entity';
import type { DemoKeys, LoadedMeeting } from './demo-meetings.loader';
import { DEMO_FLOOR } from './demo-floor.set';

type Audit = QueryDeepPartialEntity<AuditEventEntity>;

/**
 * Writes the floor of the demo meeting under way (demo-floor.set.ts) as the API leaves it: the
 * current item and its start; a vote counted with shared-domain's tallyVote, with its ballots and
 * the decision recorded on its item, as closeVote does; the speakers' list of the current item,
 * each request for the organization its person sits for. Each step has its audit event, dated.
 */
export async function loadDemoFloor(manager: EntityManager, keys: DemoKeys, meetings: Map<string, LoadedMeeting>): Promise<void> {
  const floor = DEMO_FLOOR;
  const meeting = meetings.get(floor.meeting);
  if (!meeting) throw new Error(`demo data: unknown meeting ${floor.meeting}`);
  const itemOf = (key: string): string => {
    const id = meeting.items.get(key);
    if (!id) throw new Error(`demo data: unknown agenda item ${key}`);
    return id;
  };
  const seats = await manager.findBy(TableParticipantEntity, { tableId: meeting.tableId });
  const organizationOf = (userKey: string): string | null => {
    const seat = seats.find((s) => s.userId === keys.user(userKey));
    if (!seat) throw new Error(`demo data: ${userKey} does not sit at the table of ${floor.meeting}`);
    return seat.organizationId;
  };
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  const audit: Audit[] = [];
  const record = (actorId: string, action: string, entityType: string, entityId: string, at: Date) =>
    audit.push({ actorId, action, entityType, entityId, tableId: meeting.tableId, at });

  const currentSince = ago(floor.currentForMinutes);
  await manager.update(MeetingEntity, { id: meeting.id }, { currentItemId: itemOf(floor.currentItem), currentItemStartedAt: currentSince });
  record(meeting.chairId, 'agenda.current_item_set', 'meeting', meeting.id, currentSince);

  // The vote: the table's ACTIVE members are its eligible organizations; each ballot is cast by someone sitting for its organization.
  const v = floor.vote;
  const options = voteOptions(v.method, undefined);
  if (typeof options === 'string') throw new Error(`demo data: ${options}`);
  const memberships = await manager.findBy(TableMembershipEntity, { tableId: meeting.tableId, status: 'ACTIVE' });
  const ballots = v.ballots.map(([organization, by, choice]) => {
    const organizationId = keys.organization(organization);
    if (organizationOf(by) !== organizationId) throw new Error(`demo data: ${by} does not sit for ${organization}`);
    return { organizationId, castById: keys.user(by), choice };
  });
  const tally = tallyVote(
    v.method,
    options,
    v.threshold,
    ballots.map((b) => b.choice),
  );
  const count = (option: string) => tally.results.find((r) => r.option === option)?.count ?? 0;
  const yesNo = v.method === 'YES_NO_ABSTAIN';
  const openedById = keys.user(v.openedBy);
  const openedAt = ago(v.openedMinutesAgo);
  const closedAt = ago(v.closedMinutesAgo);
  const agendaItemId = itemOf(v.item);
  // SQL: the entity leaves recorded_at to the database, and this one is in the past (as demo-minutes.loader.ts).
  const [{ id: decisionId }] = (await manager.query(
    `INSERT INTO decision (meeting_id, agenda_item_id, text, outcome, votes_for, votes_against, abstentions, recorded_by_id, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      meeting.id,
      agendaItemId,
      tally.winningOption ? `${v.question} — ${tally.winningOption}` : v.question,
      tally.passed ? 'ADOPTED' : 'REJECTED',
      yesNo ? count('YES') : null,
      yesNo ? count('NO') : null,
      yesNo ? count('ABSTAIN') : null,
      openedById,
      closedAt,
    ],
  )) as Array<{ id: string }>;
  const inserted = await manager.insert(VoteEntity, {
    meetingId: meeting.id,
    agendaItemId,
    question: v.question,
    method: v.method,
    options,
    threshold: v.threshold,
    secret: v.secret,
    status: 'CLOSED',
    eligibleOrganizationIds: memberships.map((m) => m.organizationId).sort(),
    openedById,
    openedAt,
    closedAt,
    results: tally.results,
    passed: tally.passed,
    winningOption: tally.winningOption,
    decisionId,
  });
  const voteId: string = inserted.identifiers[0].id;
  record(openedById, 'vote.opened', 'vote', voteId, openedAt);
  // The ballots come in one after the other while the vote is open.
  const span = closedAt.getTime() - openedAt.getTime();
  await manager.insert(
    BallotEntity,
    ballots.map((b, i) => {
      const castAt = new Date(openedAt.getTime() + ((i + 1) * span) / (ballots.length + 1));
      record(b.castById, 'ballot.cast', 'vote', voteId, castAt);
      return { voteId, organizationId: b.organizationId, choice: b.choice, castById: b.castById, castAt, byProxy: false };
    }),
  );
  record(openedById, 'decision.recorded', 'decision', decisionId, closedAt);
  record(openedById, 'vote.closed', 'vote', voteId, closedAt);

  // The speakers' list of the current item.
  for (const s of floor.speakers) {
    const userId = keys.user(s.user);
    const requestedAt = ago(s.requestedMinutesAgo);
    const startedAt = s.startedMinutesAgo === undefined ? null : ago(s.startedMinutesAgo);
    const row = await manager.insert(SpeakerRequestEntity, {
      meetingId: meeting.id,
      agendaItemId: itemOf(floor.currentItem),
      userId,
      organizationId: organizationOf(s.user),
      status: s.status,
      requestedAt,
      startedAt,
      endedAt: s.endedMinutesAgo === undefined ? null : ago(s.endedMinutesAgo),
    });
    const requestId: string = row.identifiers[0].id;
    record(userId, 'speaker.requested', 'speakerRequest', requestId, requestedAt);
    if (startedAt) record(meeting.chairId, 'speaker.called', 'speakerRequest', requestId, startedAt);
  }
  await manager.insert(AuditEventEntity, audit);
}
