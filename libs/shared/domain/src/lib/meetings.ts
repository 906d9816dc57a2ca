/**
 * Meeting rules the API enforces and the web client shows (docs/api-guide.md, "Rules of the domain"):
 * status moves, limits of the scheduling form, and how quorum is counted.
 */
import { type EnumValue, MeetingStatus, TableRole } from './enums';

/** Meetings created from one recurrence rule when `occurrences` is absent, and the most allowed. */
export const DEFAULT_OCCURRENCES = 12;
export const MAX_OCCURRENCES = 52;
export const MAX_LOCATION_LENGTH = 500;
export const MAX_URL_LENGTH = 1000;
export const MAX_RRULE_LENGTH = 500;
export const MAX_ITEM_MINUTES = 1440;

/** IN_CAMERA items (their notes, decisions, action items) are for chairs, secretaries and members: never observers. */
export const seesInCamera = (role: string | null | undefined): boolean => role === TableRole.CHAIR || role === TableRole.SECRETARY || role === TableRole.MEMBER;

/** A cancelled or adjourned meeting is frozen: its details, agenda and invitations no longer change. */
export const isMeetingClosed = (status: EnumValue<MeetingStatus>): boolean => status === MeetingStatus.CANCELLED || status === MeetingStatus.ADJOURNED;

/**
 * DRAFT → SCHEDULED → IN_PROGRESS → ADJOURNED; any but ADJOURNED → CANCELLED. A DRAFT meeting may
 * be started too: the meeting takes place whether or not its agenda was published first.
 */
export const canStartMeeting = (status: EnumValue<MeetingStatus>): boolean => status === MeetingStatus.DRAFT || status === MeetingStatus.SCHEDULED;
export const canAdjournMeeting = (status: EnumValue<MeetingStatus>): boolean => status === MeetingStatus.IN_PROGRESS;
export const canCancelMeeting = (status: EnumValue<MeetingStatus>): boolean => !isMeetingClosed(status);

/** The table's own quorum, or else a majority of its ACTIVE member organizations. */
export function requiredQuorum(activeMemberOrganizations: number, tableQuorum: number | null | undefined): number {
  return tableQuorum ?? Math.floor(activeMemberOrganizations / 2) + 1;
}

/** An absolute http(s) address, as a meeting's video link must be. */
export function isWebUrl(text: string): boolean {
  if (!text || text.length > MAX_URL_LENGTH || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * What someone typed as a web address, completed with `https://` when they left the scheme out
 * (« meet.exemple.test/abc »), as people copy addresses from a browser's bar. Anything else is
 * returned trimmed and unchanged, for isWebUrl to judge: another scheme (mailto:, javascript:) is
 * never rewritten into a web address.
 */
export function completeWebUrl(text: string): string {
  const trimmed = text.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed;
  // « host:8080/x » has a port, not a scheme; « mailto:x » has a scheme.
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed)) return trimmed;
  const completed = `https://${trimmed.replace(/^\/\//, '')}`;
  if (!isWebUrl(completed)) return trimmed;
  // A bare word (« salle ») is not an address anyone meant: a host has a dot.
  return new URL(completed).hostname.includes('.') ? completed : trimmed;
}
