import type { NetworkTableActivity } from '@concertation/web-data-access';
import type { DataTableSort } from '@concertation/web-ui';

export const NETWORK_SORT_KEYS = ['name', 'level', 'meetingsHeld', 'attendanceRate', 'overdue', 'medianDaysToAnswerReferral'] as const;
export type NetworkSortKey = (typeof NETWORK_SORT_KEYS)[number];

export interface NetworkSort extends DataTableSort {
  key: NetworkSortKey;
}

/** By name, as the API gives them, until someone sorts otherwise. */
export const DEFAULT_NETWORK_SORT: NetworkSort = { key: 'name', direction: 'ascending' };

/** Down the network from the top: national, provincial, regional. */
const LEVEL_ORDER: Record<string, number> = { NATIONAL: 0, PROVINCIAL: 1, REGIONAL: 2 };

function valueOf(row: NetworkTableActivity, key: Exclude<NetworkSortKey, 'name'>): number | null {
  if (key === 'level') return LEVEL_ORDER[row.table.level] ?? 3;
  if (key === 'overdue') return row.actionItems.overdue;
  return row[key];
}

/**
 * The tables sorted by a column. A missing figure (no meeting held, no referral answered) goes last
 * either way, since it is not smaller or larger than any number; equal rows keep the names' order.
 */
export function sortNetworkTables(rows: readonly NetworkTableActivity[], sort: NetworkSort, locale: string): NetworkTableActivity[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: NetworkTableActivity, b: NetworkTableActivity) => collator.compare(a.table.name, b.table.name);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const sortKey = sort.key;
  if (sortKey === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const left = valueOf(a, sortKey);
    const right = valueOf(b, sortKey);
    if (left === null || right === null) return left === right ? byName(a, b) : left === null ? 1 : -1;
    return sign * (left - right) || byName(a, b);
  });
}

/** Pressing the sorted column's header turns its order round; another column starts ascending. */
export function nextSort(current: NetworkSort, key: NetworkSortKey): NetworkSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}
