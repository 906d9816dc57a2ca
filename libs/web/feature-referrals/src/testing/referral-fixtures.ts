import type { ReferralDecision, ReferralItem, TableRole, TableLevel } from '@concertation/web-data-access';

/** The line of tables the specs use: a regional table, its provincial parent, the national one above. */
export function tableRef(id: string, name: string, level: TableLevel, viewerRole: TableRole | null = null) {
  return { __typename: 'RoundTable' as const, id, name, level, viewerRole };
}

export const regional = (viewerRole: TableRole | null = null) => tableRef('table-reg', 'Table régionale fictive', 'REGIONAL', viewerRole);
export const provincial = (viewerRole: TableRole | null = null) => tableRef('table-prov', 'Table provinciale fictive', 'PROVINCIAL', viewerRole);

const alex = { __typename: 'User' as const, id: 'user-alex', displayName: 'Alex Gagnon' };
const sam = { __typename: 'User' as const, id: 'user-sam', displayName: 'Sam Roy' };

export function decision(id: string, text: string, overrides: Partial<ReferralDecision> = {}): ReferralDecision {
  return {
    __typename: 'Decision',
    id,
    text,
    outcome: 'ADOPTED',
    votesFor: null,
    votesAgainst: null,
    abstentions: null,
    recordedAt: '2027-02-10T15:00:00.000Z',
    ...overrides,
  };
}

export function referral(overrides: Partial<ReferralItem> = {}): ReferralItem {
  return {
    __typename: 'Referral',
    id: 'referral-1',
    title: 'Harmoniser les protocoles fictifs',
    rationale: 'Motif fictif : la question dépasse la région.',
    status: 'PENDING',
    response: null,
    referredAt: '2027-01-15T15:00:00.000Z',
    decidedAt: null,
    referredBy: alex,
    decidedBy: null,
    fromTable: regional(),
    toTable: provincial('CHAIR'),
    sourceItem: null,
    scheduledItem: null,
    outcomeDecisions: [],
    ...overrides,
  };
}

export function accepted(overrides: Partial<ReferralItem> = {}): ReferralItem {
  return referral({ status: 'ACCEPTED', decidedAt: '2027-01-20T15:00:00.000Z', decidedBy: sam, ...overrides });
}

export function scheduledItem(meetingId = 'meeting-prov', meetingTitle = 'Rencontre provinciale de février') {
  return {
    __typename: 'AgendaItem' as const,
    id: 'item-prov-9',
    title: 'Harmoniser les protocoles fictifs',
    meeting: {
      __typename: 'Meeting' as const,
      id: meetingId,
      title: meetingTitle,
      startsAt: '2027-02-10T14:00:00.000Z',
      timeZone: 'America/Toronto',
      status: 'SCHEDULED' as const,
    },
  };
}
