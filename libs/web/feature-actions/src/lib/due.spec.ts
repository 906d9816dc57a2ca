import { describe, expect, it } from 'vitest';
import type { ActionItemStatus } from '@concertation/web-data-access';
import { addDays, daysBetween, dueState, localToday } from './due';
import { filtersToParams, matchesFilters, parseFilters, toServerFilter } from './filters';

const today = '2027-03-10';
const item = (dueOn: string | null, status: ActionItemStatus = 'OPEN', overdue = false) => ({ dueOn, status, overdue });

describe('due badges', () => {
  it('trusts the server for « overdue »', () => {
    expect(dueState(item('2027-03-01', 'OPEN', true), today)).toBe('overdue');
    // A date past in the viewer's zone but not in the table's: not overdue until the server says so.
    expect(dueState(item('2027-03-09', 'OPEN', false), today)).toBeNull();
  });

  it('calls due soon what is due today or within the 7 days after it, unless finished', () => {
    expect(dueState(item('2027-03-10'), today)).toBe('soon');
    expect(dueState(item('2027-03-11', 'IN_PROGRESS'), today)).toBe('soon');
    expect(dueState(item('2027-03-17', 'BLOCKED'), today)).toBe('soon');
    expect(dueState(item('2027-03-18'), today)).toBeNull();
    expect(dueState(item('2027-03-11', 'DONE'), today)).toBeNull();
    expect(dueState(item('2027-03-11', 'CANCELLED'), today)).toBeNull();
    expect(dueState(item(null), today)).toBeNull();
  });

  it('counts days on the calendar, across months and the viewer’s zone', () => {
    expect(addDays('2027-02-27', 3)).toBe('2027-03-02');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(daysBetween('2027-02-27', '2027-03-02')).toBe(3);
    expect(daysBetween('2027-03-10', '2027-03-01')).toBe(-9);
    // 03:30 UTC on March 10 is still March 9 in Toronto.
    expect(localToday('America/Toronto', new Date('2027-03-10T03:30:00Z'))).toBe('2027-03-09');
  });
});

describe('my action items filters', () => {
  it('reads and writes the address', () => {
    const filters = parseFilters(new URLSearchParams('status=BLOCKED&status=OPEN&status=NOPE&table=t1&due=soon'));
    expect(filters).toEqual({ statuses: ['OPEN', 'BLOCKED'], tableId: 't1', due: 'soon' });
    expect(filtersToParams(filters).toString()).toBe('status=OPEN&status=BLOCKED&table=t1&due=soon');
    expect(parseFilters(new URLSearchParams('due=later'))).toEqual({ statuses: [], tableId: null, due: null });
  });

  it('asks the server for due soon as unfinished, not overdue, due before today + 8 days', () => {
    expect(toServerFilter({ statuses: [], tableId: null, due: 'soon' }, today)).toEqual({
      filter: { status: ['OPEN', 'IN_PROGRESS', 'BLOCKED'], overdue: false, dueBefore: '2027-03-18' },
      impossible: false,
    });
    expect(toServerFilter({ statuses: ['DONE'], tableId: null, due: 'soon' }, today).impossible).toBe(true);
    expect(toServerFilter({ statuses: ['OPEN'], tableId: 't1', due: 'overdue' }, today)).toEqual({
      filter: { tableId: 't1', status: ['OPEN'], overdue: true },
      impossible: false,
    });
    expect(toServerFilter({ statuses: [], tableId: 't1', due: null }, today)).toEqual({ filter: { tableId: 't1' }, impossible: false });
    expect(toServerFilter({ statuses: [], tableId: null, due: null }, today)).toEqual({ filter: null, impossible: false });
  });

  it('places a live item only where it belongs', () => {
    const live = { status: 'OPEN' as const, overdue: false, dueOn: '2027-03-11', table: { id: 't1' } };
    expect(matchesFilters(live, { statuses: [], tableId: null, due: 'soon' }, today)).toBe(true);
    expect(matchesFilters(live, { statuses: [], tableId: null, due: 'overdue' }, today)).toBe(false);
    expect(matchesFilters(live, { statuses: ['DONE'], tableId: null, due: null }, today)).toBe(false);
    expect(matchesFilters(live, { statuses: [], tableId: 't2', due: null }, today)).toBe(false);
  });
});
