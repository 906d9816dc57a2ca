import { describe, expect, it } from 'vitest';
import { nthWeekdayOf, occurrenceDates, recurrenceRule } from './recurrence';

describe('recurrence presets', () => {
  it('write the RRULE the API expands', () => {
    expect(recurrenceRule('NONE', '2027-01-12')).toBeNull();
    expect(recurrenceRule('WEEKLY', '2027-01-12')).toBe('FREQ=WEEKLY');
    expect(recurrenceRule('BIWEEKLY', '2027-01-12')).toBe('FREQ=WEEKLY;INTERVAL=2');
  });

  it('repeat monthly on the nth weekday of the first date', () => {
    // 2027-01-12 is the second Tuesday of January.
    expect(recurrenceRule('MONTHLY_NTH_WEEKDAY', '2027-01-12')).toBe('FREQ=MONTHLY;BYDAY=2TU');
    expect(recurrenceRule('MONTHLY_NTH_WEEKDAY', '2027-01-01')).toBe('FREQ=MONTHLY;BYDAY=1FR');
    expect(recurrenceRule('MONTHLY_NTH_WEEKDAY', '2027-01-28')).toBe('FREQ=MONTHLY;BYDAY=4TH');
    // A fifth weekday does not exist every month: « the last » does.
    expect(recurrenceRule('MONTHLY_NTH_WEEKDAY', '2027-01-29')).toBe('FREQ=MONTHLY;BYDAY=-1FR');
  });

  it('have no monthly rule without a valid date', () => {
    expect(recurrenceRule('MONTHLY_NTH_WEEKDAY', '')).toBeNull();
    expect(nthWeekdayOf('2027-02-30')).toBeNull();
    expect(nthWeekdayOf('2027-03-15')).toEqual({ nth: 3, weekday: 1 });
  });
});

describe('occurrenceDates', () => {
  it('lists a count of dates for each preset, the first date included', () => {
    expect(occurrenceDates('WEEKLY', '2027-01-12', { count: 3 })).toEqual(['2027-01-12', '2027-01-19', '2027-01-26']);
    expect(occurrenceDates('BIWEEKLY', '2027-12-21', { count: 3 })).toEqual(['2027-12-21', '2028-01-04', '2028-01-18']);
    // The 2nd Thursday of each month, across a year's end.
    expect(occurrenceDates('MONTHLY_NTH_WEEKDAY', '2026-11-12', { count: 4 })).toEqual(['2026-11-12', '2026-12-10', '2027-01-14', '2027-02-11']);
    // The last Friday, whatever the month's length.
    expect(occurrenceDates('MONTHLY_NTH_WEEKDAY', '2027-01-29', { count: 3 })).toEqual(['2027-01-29', '2027-02-26', '2027-03-26']);
    expect(occurrenceDates('NONE', '2027-01-12', { count: 5 })).toEqual(['2027-01-12']);
  });

  it('lists every date up to an end date included', () => {
    expect(occurrenceDates('WEEKLY', '2027-01-12', { until: '2027-02-02' })).toEqual(['2027-01-12', '2027-01-19', '2027-01-26', '2027-02-02']);
    expect(occurrenceDates('WEEKLY', '2027-01-12', { until: '2027-02-01' })).toHaveLength(3);
    expect(occurrenceDates('WEEKLY', '2027-01-12', { until: '2027-01-01' })).toEqual([]);
  });

  it('stops one past the limit, so that a series too long is told apart', () => {
    expect(occurrenceDates('WEEKLY', '2027-01-12', { until: '2030-01-01' }, 52)).toHaveLength(53);
    expect(occurrenceDates('WEEKLY', '2027-01-12', { count: 400 }, 52)).toHaveLength(53);
  });

  it('is empty without a valid first date', () => {
    expect(occurrenceDates('WEEKLY', '', { count: 3 })).toEqual([]);
    expect(occurrenceDates('WEEKLY', '2027-02-30', { count: 3 })).toEqual([]);
  });
});
