import { MeetingMinutesDocument, MinutesMeetingEventsDocument, type MinutesMeetingFieldsFragment, type TableRole } from '@concertation/web-data-access';

type Meeting = MinutesMeetingFieldsFragment;
type Item = Meeting['agenda'][number];
type Minutes = NonNullable<Meeting['minutes']>;
type Decision = Meeting['decisions'][number];

const police = { __typename: 'Organization' as const, id: 'org-police', name: 'Service de police fictif' };
const youth = { __typename: 'Organization' as const, id: 'org-youth', name: 'Centre jeunesse fictif' };
export const camilleUser = { __typename: 'User' as const, id: 'user-camille', displayName: 'Camille Tremblay' };
export const samUser = { __typename: 'User' as const, id: 'user-sam', displayName: 'Sam Roy' };

export function item(id: string, position: number, title: string, overrides: Partial<Item> = {}): Item {
  return { __typename: 'AgendaItem', id, position, title, confidentiality: 'MEMBERS', notes: null, decisions: [], actionItems: [], ...overrides };
}

export function minutes(overrides: Partial<Minutes> = {}): Minutes {
  return {
    __typename: 'Minutes',
    id: 'minutes-1',
    status: 'DRAFT',
    version: 1,
    summary: null,
    circulatedAt: null,
    approvedAt: null,
    approvedAtMeeting: null,
    revisions: [{ __typename: 'MinutesRevision', version: 1, editedAt: '2027-01-12T14:00:00.000Z', editor: camilleUser }],
    ...overrides,
  };
}

export function decision(id: string, overrides: Partial<Decision> = {}): Decision {
  return {
    __typename: 'Decision',
    id,
    text: 'Adopter le plan d’action régional fictif.',
    outcome: 'ADOPTED',
    votesFor: 7,
    votesAgainst: 1,
    abstentions: 2,
    recordedAt: '2027-01-12T14:30:00.000Z',
    agendaItem: { __typename: 'AgendaItem', id: 'item-1' },
    ...overrides,
  };
}

export function minutesMeeting(overrides: Partial<Meeting> = {}, role: TableRole = 'SECRETARY'): Meeting {
  return {
    __typename: 'Meeting',
    id: 'meeting-1',
    title: 'Rencontre de janvier',
    status: 'IN_PROGRESS',
    startsAt: '2027-01-12T14:00:00.000Z',
    endsAt: '2027-01-12T16:00:00.000Z',
    timeZone: 'America/Toronto',
    table: {
      __typename: 'RoundTable',
      id: 'table-1',
      name: 'Table régionale de Montréal',
      viewerRole: role,
      participants: [
        { __typename: 'TableParticipant', id: 'p-camille', role: 'SECRETARY', user: camilleUser, organization: police },
        { __typename: 'TableParticipant', id: 'p-sam', role: 'MEMBER', user: samUser, organization: youth },
      ],
      memberships: [
        { __typename: 'TableMembership', id: 'm-police', organization: police },
        { __typename: 'TableMembership', id: 'm-youth', organization: youth },
      ],
    },
    attendance: [{ __typename: 'Attendance', status: 'PRESENT', user: camilleUser, organization: police }],
    agenda: [item('item-1', 1, 'Mot de bienvenue'), item('item-2', 2, 'Bilan des signalements')],
    decisions: [],
    actionItems: [],
    minutes: minutes(),
    ...overrides,
  };
}

/** With notes (and the minutes version) changed for one item. */
export function withNotes(meeting: Meeting, itemId: string, notes: string, version: number): Meeting {
  return {
    ...meeting,
    agenda: meeting.agenda.map((entry) => (entry.id === itemId ? { ...entry, notes } : entry)),
    minutes: meeting.minutes ? { ...meeting.minutes, version } : null,
  };
}

export const minutesQuery = (meeting: Meeting) => ({
  request: { query: MeetingMinutesDocument, variables: { meetingId: meeting.id } },
  result: { data: { meeting } },
});

export const noMinutesEvents = { request: { query: MinutesMeetingEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };

/** What editMinutes answers: the minutes and the item notes, together. */
export function editedMinutes(meeting: Meeting, version: number, overrides: Partial<Minutes> = {}) {
  return {
    ...minutes({ version, ...overrides }),
    meeting: {
      __typename: 'Meeting' as const,
      id: meeting.id,
      agenda: meeting.agenda.map((entry) => ({ __typename: 'AgendaItem' as const, id: entry.id, notes: entry.notes })),
    },
  };
}

export const conflictError = { errors: [{ message: 'The minutes changed since version 2.', extensions: { code: 'CONFLICT' } }] };
