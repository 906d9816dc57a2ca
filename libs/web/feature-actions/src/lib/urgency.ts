import type { ActionItemStatus } from '@concertation/web-data-access';
import { daysBetween, dueState, UNFINISHED_STATUSES } from './due';

interface Dated {
  id: string;
  dueOn?: string | null;
  overdue: boolean;
  status: ActionItemStatus;
  createdAt: string;
}

/**
 * How pressing an item is, in the words the interface says: late by some days, due in some days,
 * due later, without a date, or finished (done or cancelled).
 */
export type Urgency = { kind: 'overdue'; days: number } | { kind: 'soon'; days: number } | { kind: 'later' } | { kind: 'undated' } | { kind: 'finished' };

export function urgencyOf(item: Omit<Dated, 'id' | 'createdAt'>, today: string): Urgency {
  if (!UNFINISHED_STATUSES.includes(item.status)) return { kind: 'finished' };
  const state = dueState(item, today);
  // The server counts in the table's zone: a day late there may still be today here, so never « 0 days late ».
  if (state === 'overdue') return { kind: 'overdue', days: item.dueOn ? Math.max(0, daysBetween(item.dueOn, today)) : 0 };
  if (!item.dueOn) return { kind: 'undated' };
  if (state === 'soon') return { kind: 'soon', days: daysBetween(today, item.dueOn) };
  return { kind: 'later' };
}

/**
 * The API's order (see action-item-views.service.ts): unfinished first, by due date (the overdue,
 * oldest first, then due soon, then later), undated after the dated, then oldest created, then id.
 * Applied on screen too, so that items arriving live or moved on the board take their place.
 */
export function byUrgency(a: Dated, b: Dated): number {
  const finished = (item: Dated) => (UNFINISHED_STATUSES.includes(item.status) ? 0 : 1);
  return (
    finished(a) - finished(b) ||
    compareDue(a.dueOn ?? null, b.dueOn ?? null) ||
    a.createdAt.localeCompare(b.createdAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function sortByUrgency<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(byUrgency);
}
