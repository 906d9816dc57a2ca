import { describe, expect, it } from 'vitest';
import { monthQueryRange, monthWeeks, parseYearMonth, shiftMonth } from './month-grid';
import { moveId, totalMinutes } from './agenda-order';

describe('month grid', () => {
  it('covers the month in whole weeks from Sunday', () => {
    const weeks = monthWeeks({ year: 2027, month: 1 });
    expect(weeks[0][0]).toBe('2026-12-27');
    expect(weeks[0][5]).toBe('2027-01-01');
    expect(weeks.at(-1)?.at(-1)).toBe('2027-02-06');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('moves between months and reads them from the address', () => {
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(shiftMonth({ year: 2027, month: 12 }, 1)).toEqual({ year: 2028, month: 1 });
    expect(parseYearMonth('2027-13')).toBeNull();
    expect(parseYearMonth('2027-02')).toEqual({ year: 2027, month: 2 });
    expect(monthQueryRange({ year: 2027, month: 1 })).toEqual({ from: '2026-12-31T00:00:00.000Z', to: '2027-02-02T00:00:00.000Z' });
  });
});

describe('agenda order', () => {
  it('moves one id and totals the minutes', () => {
    expect(moveId(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveId(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveId(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
    expect(totalMinutes([{ durationMinutes: 10 }, { durationMinutes: null }, { durationMinutes: 25 }])).toBe(35);
  });
});
