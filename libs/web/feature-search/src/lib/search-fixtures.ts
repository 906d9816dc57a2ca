import { SearchDocument, type SearchQuery, type SearchResultItem } from '@concertation/web-data-access';

// Fictitious data only.
export const montreal = { __typename: 'RoundTable' as const, id: 'table-1', name: 'Table régionale de Montréal' };

export const january = {
  __typename: 'Meeting' as const,
  id: 'meeting-1',
  title: 'Rencontre de janvier',
  startsAt: '2027-01-12T14:00:00.000Z',
  timeZone: 'America/Toronto',
  table: montreal,
};

export function result(hit: SearchResultItem['hit'], snippet: string, rank: number): SearchResultItem {
  return { __typename: 'SearchResult', rank, snippet, hit };
}

export const meetingResult = result(january, 'Suivi du «plan» régional', 0.9);
export const itemResult = result(
  { __typename: 'AgendaItem', id: 'item-7', title: 'Plan de prévention', confidentiality: 'MEMBERS', meeting: january },
  'Adoption du «plan» de prévention',
  0.8,
);
export const decisionResult = result(
  {
    __typename: 'Decision',
    id: 'decision-3',
    text: 'Le plan est adopté.',
    outcome: 'ADOPTED',
    meeting: january,
    agendaItem: { __typename: 'AgendaItem', id: 'item-7', title: 'Plan de prévention' },
  },
  'Le «plan» est adopté.',
  0.7,
);
export const actionResult = result(
  { __typename: 'ActionItem', id: 'action-5', title: 'Diffuser le plan', status: 'OPEN', dueOn: '2027-02-01', table: montreal, actionMeeting: january },
  'Diffuser le «plan» aux écoles',
  0.6,
);
export const laterMeetingResult = result(
  { ...january, id: 'meeting-2', title: 'Rencontre de février', startsAt: '2027-02-09T14:00:00.000Z' },
  'Retour sur le «plan»',
  0.3,
);

export function searchPage(results: SearchResultItem[], totalCount = results.length, endCursor: string | null = null): SearchQuery {
  return {
    search: {
      __typename: 'SearchResultConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      edges: results.map((node, index) => ({ __typename: 'SearchResultEdge', cursor: `${node.hit.__typename}:${node.hit.id}:${index}`, node })),
    },
  };
}

export function searchMock(variables: Record<string, unknown>, data: SearchQuery, delay?: number) {
  return { request: { query: SearchDocument, variables: { first: 20, ...variables } }, result: { data }, ...(delay ? { delay } : {}) };
}
