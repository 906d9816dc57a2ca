import type { MeetingDetails } from './types';

export type Substitution = MeetingDetails['substitutions'][number];

/**
 * The standing substitution that sends this person to the meeting, if any: what the meeting says
 * to the colleague sent (« Vous représentez … »). Their role there is the server's
 * `Meeting.viewerRole` (MEMBER for a substitute), never worked out here.
 */
export function substitutionOf(meeting: Pick<MeetingDetails, 'substitutions'>, userId: string | null | undefined): Substitution | null {
  if (!userId) return null;
  return meeting.substitutions.find((substitution) => substitution.substitute.id === userId) ?? null;
}
