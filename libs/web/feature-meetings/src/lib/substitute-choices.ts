import type { MeetingDetails } from './types';

export interface Colleague {
  id: string;
  displayName: string;
}

/**
 * The people an organization may send to the meeting, as the server accepts them: its confirmed
 * people (Organization.members), less those who already sit at the table (they have a seat of their
 * own) and less the one sending. Sorted by name as the reader's language sorts them.
 */
export function colleaguesToSend(
  members: readonly Colleague[],
  meeting: Pick<MeetingDetails, 'table'>,
  viewerId: string | null | undefined,
  language: string,
): Colleague[] {
  const seated = new Set(meeting.table.participants.map((participant) => participant.user.id));
  return members.filter((member) => member.id !== viewerId && !seated.has(member.id)).sort((a, b) => a.displayName.localeCompare(b.displayName, language));
}

/** The name of the organization's delegate at the table, when it has one among the table's participants. */
export function delegateName(meeting: Pick<MeetingDetails, 'table'>, organizationId: string): string | null {
  const membership = meeting.table.memberships.find((item) => item.organization.id === organizationId);
  const delegateId = membership?.delegate?.id;
  if (!delegateId) return null;
  return meeting.table.participants.find((participant) => participant.id === delegateId)?.user.displayName ?? null;
}
