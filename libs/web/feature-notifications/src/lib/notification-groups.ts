import { NOTIFICATION_KINDS } from '@concertation/shared-domain';
import type { NotificationKind } from '@concertation/web-data-access';

export type NotificationGroup = 'meetings' | 'actions' | 'tables' | 'exchanges';

/** The settings page's sections: kinds that concern the same part of a person's work, together. */
const GROUPS: ReadonlyArray<{ group: NotificationGroup; kinds: readonly NotificationKind[] }> = [
  {
    group: 'meetings',
    kinds: ['MEETING_SCHEDULED', 'MEETING_CHANGED', 'MEETING_CANCELLED', 'AGENDA_PUBLISHED', 'MINUTES_CIRCULATED', 'PROXY_RECEIVED', 'SUBSTITUTE_INVITED'],
  },
  { group: 'actions', kinds: ['ACTION_ITEM_ASSIGNED', 'ACTION_ITEM_DUE'] },
  { group: 'tables', kinds: ['MEMBERSHIP_REQUESTED', 'MEMBERSHIP_DECIDED', 'AFFILIATION_REQUESTED', 'AFFILIATION_DECIDED'] },
  { group: 'exchanges', kinds: ['REFERRAL_RECEIVED', 'REFERRAL_ANSWERED', 'CONSULTATION_OPENED', 'PROTOCOL_PUBLISHED'] },
];

/**
 * Every kind in its section. A kind added to the domain before it is placed here goes in the last
 * section, so that nobody loses the means to choose its channel.
 */
export function notificationGroups(): Array<{ group: NotificationGroup; kinds: NotificationKind[] }> {
  const placed = new Set(GROUPS.flatMap((entry) => entry.kinds));
  const unplaced = NOTIFICATION_KINDS.filter((kind) => !placed.has(kind));
  return GROUPS.map((entry, index) => ({ group: entry.group, kinds: [...entry.kinds, ...(index === GROUPS.length - 1 ? unplaced : [])] }));
}
