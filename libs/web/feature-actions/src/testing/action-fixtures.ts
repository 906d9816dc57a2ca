/** Fictitious action items for the feature's tests (no real people, places or cases). */
import type { ActionItemDetail, ActionItemSummary, TableRole } from '@concertation/web-data-access';
import { addDays, localToday } from '../lib/due';

/** Today as the tests' I18nProvider sees it (America/Toronto). */
export const today = () => localToday('America/Toronto');
export const inDays = (days: number) => addDays(today(), days);

export const camille = { __typename: 'User' as const, id: 'user-1', displayName: 'Camille Tremblay' };
export const sam = { __typename: 'User' as const, id: 'user-sam', displayName: 'Sam Roy' };
export const organization = { __typename: 'Organization' as const, id: 'org-1', name: 'Service de police fictif', acronym: 'SPF' };
/** Camille as an item's assignee: with the organization she works for. */
export const camilleAssignee = { ...camille, organization };

export function table(viewerRole: TableRole | null = 'CHAIR', id = 'table-1', name = 'Table régionale de Montréal') {
  return { __typename: 'RoundTable' as const, id, name, viewerRole };
}

export function summary(overrides: Partial<ActionItemSummary> = {}): ActionItemSummary {
  return {
    __typename: 'ActionItem',
    id: 'action-1',
    title: 'Préparer le bilan des signalements',
    status: 'OPEN',
    dueOn: inDays(10),
    overdue: false,
    version: 1,
    completedAt: null,
    createdAt: '2027-01-12T15:00:00.000Z',
    table: table(),
    assignee: camilleAssignee,
    assigneeOrganization: null,
    ...overrides,
  };
}

export function detail(overrides: Partial<ActionItemDetail> = {}): ActionItemDetail {
  return {
    ...summary(),
    description: 'Rassembler les chiffres fictifs du trimestre.',
    createdBy: sam,
    meeting: { __typename: 'Meeting', id: 'meeting-1', title: 'Rencontre de janvier', startsAt: '2027-01-12T14:00:00.000Z' },
    agendaItem: { __typename: 'AgendaItem', id: 'item-2', title: 'Bilan des signalements' },
    decision: null,
    updates: [
      {
        __typename: 'ActionItemUpdate',
        id: 'update-1',
        body: 'Premiers chiffres reçus.',
        status: 'IN_PROGRESS',
        createdAt: '2027-01-15T15:00:00.000Z',
        author: camille,
      },
    ],
    ...overrides,
  };
}

export function connection(items: ActionItemSummary[], { hasNextPage = false, totalCount = items.length } = {}) {
  return {
    __typename: 'ActionItemConnection' as const,
    totalCount,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: items.length ? `cursor-${items[items.length - 1].id}` : null },
    edges: items.map((node) => ({ __typename: 'ActionItemEdge' as const, cursor: `cursor-${node.id}`, node })),
  };
}
