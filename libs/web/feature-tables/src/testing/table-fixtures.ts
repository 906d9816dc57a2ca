import type { AuditLogQuery, TableQuery, TablePendingRequestsQuery, TableRole } from '@concertation/web-data-access';

type Table = NonNullable<TableQuery['table']>;

export const montrealRegion = {
  __typename: 'Region' as const,
  id: 'region-06',
  code: 'QC-06',
  nameFr: 'Montréal',
  nameEn: 'Montreal',
  kind: 'ADMINISTRATIVE_REGION' as const,
};

interface OrganizationRef {
  __typename: 'Organization';
  id: string;
  name: string;
  acronym: string | null;
}

export const policeOrganization: OrganizationRef = { __typename: 'Organization', id: 'org-police', name: 'Service de police fictif', acronym: 'SPF' };
export const youthOrganization: OrganizationRef = { __typename: 'Organization', id: 'org-youth', name: 'Centre jeunesse fictif', acronym: null };
export const schoolOrganization: OrganizationRef = { __typename: 'Organization', id: 'org-school', name: 'Centre scolaire fictif', acronym: null };

export function membership(id: string, organization: OrganizationRef, status: 'ACTIVE' | 'PENDING') {
  return {
    __typename: 'TableMembership' as const,
    id,
    status,
    message: status === 'PENDING' ? 'Nous souhaitons contribuer à la table.' : null,
    requestedAt: '2027-01-05T15:00:00.000Z',
    decidedAt: status === 'ACTIVE' ? '2027-01-06T15:00:00.000Z' : null,
    organization,
  };
}

type Seat = ReturnType<typeof participant>;

/** An ACTIVE membership as the table's page reads it, with who represents the organization there. */
export function memberOf(id: string, organization: OrganizationRef, delegate: Seat | null = null, alternates: Seat[] = []) {
  const person = (seat: Seat) => ({
    __typename: 'TableParticipant' as const,
    id: seat.id,
    user: { __typename: 'User' as const, id: seat.user.id, displayName: seat.user.displayName },
  });
  return { ...membership(id, organization, 'ACTIVE'), delegate: delegate && person(delegate), alternates: alternates.map(person) };
}

export function participant(id: string, displayName: string, role: TableRole, organization: OrganizationRef = policeOrganization) {
  return {
    __typename: 'TableParticipant' as const,
    id,
    role,
    since: '2027-01-06T15:00:00.000Z',
    user: { __typename: 'User' as const, id: `user-${id}`, displayName, email: null },
    organization,
  };
}

export function table(overrides: Partial<Table> = {}): Table {
  return {
    __typename: 'RoundTable',
    id: 'table-1',
    name: 'Table régionale de Montréal',
    level: 'REGIONAL',
    mandate: 'Coordonner la prévention et l’intervention dans la région.',
    quorum: null,
    createdAt: '2027-01-01T15:00:00.000Z',
    archivedAt: null,
    viewerRole: 'CHAIR',
    regions: [montrealRegion],
    parent: { __typename: 'RoundTable', id: 'table-0', name: 'Table provinciale du Québec', level: 'PROVINCIAL', viewerRole: null, parent: null },
    children: [],
    memberships: [memberOf('membership-police', policeOrganization)],
    participants: [participant('p1', 'Camille Tremblay', 'CHAIR')],
    ...overrides,
  };
}

export const pendingRequests: TablePendingRequestsQuery = {
  table: {
    __typename: 'RoundTable',
    id: 'table-1',
    memberships: [
      { ...membership('membership-youth', youthOrganization, 'PENDING'), requestedBy: { __typename: 'User', id: 'user-sam', displayName: 'Sam Roy' } },
    ],
  },
};

export const emptyAuditLog: AuditLogQuery = {
  auditLog: { __typename: 'AuditEventConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] },
};

export type AuditNode = AuditLogQuery['auditLog']['edges'][number]['node'];

/** One audit event, about a table unless told otherwise. */
export function auditEvent(id: string, overrides: Partial<AuditNode> = {}): AuditNode {
  return {
    __typename: 'AuditEvent',
    id,
    action: 'table.updated',
    entityType: 'table',
    entityId: 'table-1',
    entityTitle: 'Table régionale de Montréal',
    entityPath: '/tables/table-1',
    at: '2027-01-06T15:00:00.000Z',
    actor: { __typename: 'User', id: 'user-1', displayName: 'Camille Tremblay' },
    table: { __typename: 'RoundTable', id: 'table-1', name: 'Table régionale de Montréal' },
    ...overrides,
  };
}

export function auditLog(nodes: AuditNode[], totalCount = nodes.length): AuditLogQuery {
  return {
    auditLog: {
      __typename: 'AuditEventConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'AuditEventEdge', cursor: node.id, node })),
    },
  };
}
