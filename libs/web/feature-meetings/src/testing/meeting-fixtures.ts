import type { MeetingDetailsFragment, TableRole } from '@concertation/web-data-access';

type Meeting = MeetingDetailsFragment;
type Item = Meeting['agenda'][number];

const police = { __typename: 'Organization' as const, id: 'org-police', name: 'Service de police fictif' };
const youth = { __typename: 'Organization' as const, id: 'org-youth', name: 'Centre jeunesse fictif' };
export const school = { __typename: 'Organization' as const, id: 'org-school', name: 'École fictive' };
export const city = { __typename: 'Organization' as const, id: 'org-city', name: 'Ville fictive' };
export const organizations = { police, youth, school, city };

type Organization = { __typename: 'Organization'; id: string; name: string };
type Participant = ReturnType<typeof person>;

/** An ACTIVE membership of the fixture's table, with its delegate and alternates (participants of the table). */
export function membership(organization: Organization, delegate: Participant | null = null, alternates: Participant[] = []) {
  const ref = (participant: Participant) => ({ __typename: 'TableParticipant' as const, id: participant.id });
  return {
    __typename: 'TableMembership' as const,
    id: `m-${organization.id}`,
    organization,
    delegate: delegate && ref(delegate),
    alternates: alternates.map(ref),
  };
}

/** A standing proxy: `from` entrusts its ballot to `to`. */
export function proxy(
  id: string,
  from: { __typename: 'Organization'; id: string; name: string },
  to: { __typename: 'Organization'; id: string; name: string },
) {
  return { __typename: 'Proxy' as const, id, from, to };
}

export function person(id: string, displayName: string, role: TableRole, organization: Organization = police) {
  return { __typename: 'TableParticipant' as const, id: `p-${id}`, role, user: { __typename: 'User' as const, id: `user-${id}`, displayName }, organization };
}

export const camille = person('camille', 'Camille Tremblay', 'CHAIR');
export const sam = person('sam', 'Sam Roy', 'MEMBER', youth);

const user = (id: string, displayName: string) => ({ __typename: 'User' as const, id: `user-${id}`, displayName });

/** A standing substitution: `substitute` (a colleague who does not sit at the table) represents `organization`, sent by `sentBy`. */
export function substitution(
  id: string,
  organization: Organization,
  substitute: [id: string, name: string],
  {
    sentBy = ['alex', 'Alex Martin'],
    replaces = null,
    note = null,
  }: { sentBy?: [string, string]; replaces?: [string, string] | null; note?: string | null } = {},
) {
  return {
    __typename: 'Substitution' as const,
    id,
    note,
    createdAt: '2027-01-05T15:00:00.000Z',
    response: null,
    organization,
    substitute: user(...substitute),
    replaces: replaces && user(...replaces),
    createdBy: user(...sentBy),
  };
}

export function item(id: string, title: string, overrides: Partial<Item> = {}): Item {
  return {
    __typename: 'AgendaItem',
    id,
    position: 1,
    title,
    description: null,
    kind: 'DISCUSSION',
    status: 'PENDING',
    confidentiality: 'MEMBERS',
    durationMinutes: 20,
    presenter: null,
    presenterOrganization: null,
    attachments: [],
    referral: null,
    ...overrides,
  };
}

/** Positions follow the order given, as the server keeps them. */
export function agenda(...items: Item[]): Item[] {
  return items.map((entry, index) => ({ ...entry, position: index + 1 }));
}

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    __typename: 'Meeting',
    id: 'meeting-1',
    title: 'Rencontre de janvier',
    status: 'SCHEDULED',
    startsAt: '2027-01-12T14:00:00.000Z',
    endsAt: '2027-01-12T16:00:00.000Z',
    timeZone: 'America/Toronto',
    location: 'Salle 200, 1 rue Fictive, Montréal',
    onlineUrl: null,
    seriesId: null,
    agendaPublishedAt: null,
    cancelledReason: null,
    viewerRsvp: null,
    icsUrl: 'http://localhost:3000/meetings/meeting-1.ics',
    table: {
      __typename: 'RoundTable',
      id: 'table-1',
      name: 'Table régionale de Montréal',
      viewerRole: 'CHAIR',
      archivedAt: null,
      participants: [camille, sam],
      memberships: [membership(police), membership(youth), membership(school), membership(city)],
    },
    agenda: agenda(
      item('item-1', 'Mot de bienvenue', { kind: 'INFORMATION', durationMinutes: 10 }),
      item('item-2', 'Bilan des signalements'),
      item('item-3', 'Cas à huis clos', { confidentiality: 'IN_CAMERA', kind: 'DECISION', durationMinutes: 30 }),
    ),
    currentItem: null,
    currentItemStartedAt: null,
    rsvps: [],
    attendance: [],
    quorum: { __typename: 'Quorum', required: 2, present: 0, reached: false },
    proxies: [],
    substitutions: [],
    ...overrides,
    // As the server says it: the seat at the table, else MEMBER for a colleague sent to the meeting.
    viewerRole: overrides.viewerRole !== undefined ? overrides.viewerRole : (overrides.table?.viewerRole ?? (overrides.table ? null : 'CHAIR')),
  };
}
