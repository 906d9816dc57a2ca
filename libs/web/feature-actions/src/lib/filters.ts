import type { ActionItemFilter, ActionItemStatus } from '@concertation/web-data-access';
import { ACTION_STATUSES, addDays, DUE_SOON_DAYS, UNFINISHED_STATUSES } from './due';

export type DueFilter = 'overdue' | 'soon' | null;

/** What « My action items » shows, as written in the address (so that it survives a reload). */
export interface ActionFilters {
  statuses: ActionItemStatus[];
  tableId: string | null;
  due: DueFilter;
}

export const NO_FILTERS: ActionFilters = { statuses: [], tableId: null, due: null };

const isStatus = (value: string): value is ActionItemStatus => (ACTION_STATUSES as readonly string[]).includes(value);

/** `?status=OPEN&status=BLOCKED&table=…&due=overdue`; unknown values are ignored. */
export function parseFilters(params: URLSearchParams): ActionFilters {
  const statuses = ACTION_STATUSES.filter((status) => params.getAll('status').filter(isStatus).includes(status));
  const due = params.get('due');
  return { statuses, tableId: params.get('table') || null, due: due === 'overdue' || due === 'soon' ? due : null };
}

export function filtersToParams(filters: ActionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of filters.statuses) params.append('status', status);
  if (filters.tableId) params.set('table', filters.tableId);
  if (filters.due) params.set('due', filters.due);
  return params;
}

export const hasFilters = (filters: ActionFilters): boolean => filters.statuses.length > 0 || !!filters.tableId || !!filters.due;

/**
 * The server's filter. « Due soon »: not overdue, unfinished, due strictly before today + 3 days.
 * `impossible` when the statuses chosen cannot be due soon (done or cancelled only): nothing to ask.
 */
export function toServerFilter(filters: ActionFilters, today: string): { filter: ActionItemFilter | null; impossible: boolean } {
  const table: ActionItemFilter = filters.tableId ? { tableId: filters.tableId } : {};
  if (filters.due === 'soon') {
    const statuses = filters.statuses.length ? filters.statuses.filter((status) => UNFINISHED_STATUSES.includes(status)) : [...UNFINISHED_STATUSES];
    return { filter: { ...table, status: statuses, overdue: false, dueBefore: addDays(today, DUE_SOON_DAYS + 1) }, impossible: statuses.length === 0 };
  }
  const filter: ActionItemFilter = { ...table };
  if (filters.statuses.length) filter.status = filters.statuses;
  if (filters.due === 'overdue') filter.overdue = true;
  return { filter: Object.keys(filter).length ? filter : null, impossible: false };
}

/** Whether a live item belongs on the list as filtered (the server decided the rest). */
export function matchesFilters(
  item: { status: ActionItemStatus; overdue: boolean; dueOn?: string | null; table: { id: string } },
  filters: ActionFilters,
  today: string,
): boolean {
  if (filters.statuses.length && !filters.statuses.includes(item.status)) return false;
  if (filters.tableId && item.table.id !== filters.tableId) return false;
  if (filters.due === 'overdue') return item.overdue;
  if (filters.due === 'soon') {
    return !item.overdue && UNFINISHED_STATUSES.includes(item.status) && !!item.dueOn && item.dueOn < addDays(today, DUE_SOON_DAYS + 1);
  }
  return true;
}
