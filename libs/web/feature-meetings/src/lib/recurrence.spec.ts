import { describe, expect, it } from 'vitest';
import { nthWeekdayOf, recurrenceRule } from './recurrence';

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
