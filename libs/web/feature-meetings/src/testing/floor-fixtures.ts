import type { MeetingFloor, MeetingVote, Sector, SpeakerRequest, VoteBallot } from '@concertation/web-data-access';
import { organizations } from './meeting-fixtures';

type Named = { __typename: 'Organization'; id: string; name: string };

const reference = (organization: Named) => ({ __typename: 'Organization' as const, id: organization.id });
const named = (organization: Named) => ({ __typename: 'Organization' as const, id: organization.id, name: organization.name });

/** The four member organizations of the meeting fixture's table, all eligible. */
export const eligible = [organizations.police, organizations.youth, organizations.school, organizations.city];

export function ballot(organization: Named, choice: string | null, overrides: Partial<VoteBallot> = {}): VoteBallot {
  return {
    __typename: 'Ballot',
    choice,
    byProxy: false,
    castAt: '2027-01-12T14:40:00.000Z',
    castBy: { __typename: 'User', id: 'user-sam', displayName: 'Sam Roy' },
    organization: named(organization),
    ...overrides,
  };
}

/** An open yes/no/abstain vote on the second item, with the given organizations' ballots in. */
export function vote(overrides: Partial<MeetingVote> = {}, voted: Named[] = []): MeetingVote {
  return {
    __typename: 'Vote',
    id: 'vote-1',
    question: 'Adopter le plan d’action fictif ?',
    method: 'YES_NO_ABSTAIN',
    options: ['YES', 'NO', 'ABSTAIN'],
    threshold: 'SIMPLE_MAJORITY',
    secret: false,
    status: 'OPEN',
    openedAt: '2027-01-12T14:30:00.000Z',
    closedAt: null,
    passed: null,
    winningOption: null,
    agendaItem: { __typename: 'AgendaItem', id: 'item-2', title: 'Bilan des signalements' },
    results: null,
    eligibleOrganizations: eligible.map(named),
    votedOrganizations: voted.map(reference),
    ballots: [],
    decision: null,
    ...overrides,
  };
}

export function speaker(
  id: string,
  name: string,
  organization: Named,
  sector: Sector,
  status: SpeakerRequest['status'],
  overrides: Partial<SpeakerRequest> = {},
): SpeakerRequest {
  return {
    __typename: 'SpeakerRequest',
    id,
    status,
    requestedAt: '2027-01-12T14:20:00.000Z',
    startedAt: null,
    endedAt: null,
    user: { __typename: 'User', id: `user-${id}`, displayName: name },
    organization: { __typename: 'Organization', id: organization.id, name: organization.name, sector },
    ...overrides,
  };
}

export function floor(overrides: Partial<MeetingFloor> = {}): MeetingFloor {
  return {
    __typename: 'Meeting',
    id: 'meeting-1',
    votes: [],
    speakers: [],
    viewerBallotOrganizations: [],
    ...overrides,
  };
}
