import { describe, expect, it } from 'vitest';
import {
  addYears,
  choiceOf,
  fiscalYear,
  fiscalYearsOffered,
  fiscalYearStartOf,
  last12Months,
  parseDay,
  periodErrors,
  periodFromQuery,
  thisQuarter,
} from './period';

describe('calendar days', () => {
  it('reads only real days written YYYY-MM-DD', () => {
    expect(parseDay('2026-04-01')).toEqual({ year: 2026, month: 4, day: 1 });
    expect(parseDay('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const wrong of ['2027-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-4-1', '01/04/2026', '']) expect(parseDay(wrong), wrong).toBeNull();
  });

  it('adds years as the API does, 29 February landing on the 28th', () => {
    expect(addYears('2026-04-01', 3)).toBe('2029-04-01');
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});

describe('the presets', () => {
  it.each([
    ['2026-01-01', '2026-01-01', '2026-03-31'],
    ['2026-03-31', '2026-01-01', '2026-03-31'],
    ['2026-04-01', '2026-04-01', '2026-06-30'],
    ['2026-05-14', '2026-04-01', '2026-06-30'],
    ['2026-08-31', '2026-07-01', '2026-09-30'],
    ['2026-12-31', '2026-10-01', '2026-12-31'],
  ])('on %s, this quarter runs from %s to %s', (today, from, to) => {
    expect(thisQuarter(today)).toEqual({ from, to });
  });

  it('takes the last twelve months from the first of the month eleven months back to today', () => {
    expect(last12Months('2026-05-14')).toEqual({ from: '2025-06-01', to: '2026-05-14' });
    expect(last12Months('2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(last12Months('2027-01-01')).toEqual({ from: '2026-02-01', to: '2027-01-01' });
  });

  it('runs a fiscal year from 1 April to 31 March of the next year', () => {
    expect(fiscalYear(2026)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(fiscalYear(2027)).toEqual({ from: '2027-04-01', to: '2028-03-31' });
  });

  it.each([
    ['2026-03-31', 2025],
    ['2026-04-01', 2026],
    ['2026-12-31', 2026],
    ['2027-01-01', 2026],
    ['2027-03-31', 2026],
    ['2027-04-01', 2027],
  ])('on %s, the current fiscal year began in %i', (today, startYear) => {
    expect(fiscalYearStartOf(today)).toBe(startYear);
  });

  it('offers the current fiscal year first, then the ones before it', () => {
    expect(fiscalYearsOffered('2026-05-14')).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(fiscalYearsOffered('2026-03-01', 3)).toEqual([2025, 2024, 2023]);
  });

  it('recognizes a preset in a shared address, else calls the dates custom', () => {
    const today = '2026-05-14';
    expect(choiceOf({ from: '2026-04-01', to: '2026-06-30' }, today)).toEqual({ kind: 'thisQuarter' });
    expect(choiceOf({ from: '2025-06-01', to: '2026-05-14' }, today)).toEqual({ kind: 'last12Months' });
    expect(choiceOf({ from: '2023-04-01', to: '2024-03-31' }, today)).toEqual({ kind: 'fiscalYear', startYear: 2023 });
    expect(choiceOf({ from: '2023-04-01', to: '2024-03-30' }, today)).toEqual({ kind: 'custom' });
    expect(choiceOf({ from: '2026-01-01', to: '2026-03-31' }, today)).toEqual({ kind: 'custom' });
  });
});

describe('custom dates', () => {
  it('need both dates, real ones', () => {
    expect(periodErrors('', '')).toEqual({ from: 'required', to: 'required' });
    expect(periodErrors('2026-02-30', '2026-03-01')).toEqual({ from: 'invalid' });
    expect(periodErrors('2026-01-01', 'demain')).toEqual({ to: 'invalid' });
  });

  it('need the start on or before the end', () => {
    expect(periodErrors('2026-05-02', '2026-05-01')).toEqual({ to: 'beforeFrom' });
    expect(periodErrors('2026-05-01', '2026-05-01')).toEqual({});
  });

  it('span at most three years, the day three years later included', () => {
    expect(periodErrors('2024-01-15', '2027-01-15')).toEqual({});
    expect(periodErrors('2024-01-15', '2027-01-16')).toEqual({ to: 'tooLong' });
    expect(periodErrors('2028-02-29', '2031-02-28')).toEqual({});
    expect(periodErrors('2028-02-29', '2031-03-01')).toEqual({ to: 'tooLong' });
  });
});

describe('the period in the address', () => {
  it('defaults to the last twelve months when the address gives none', () => {
    expect(periodFromQuery(null, null, '2026-05-14')).toEqual({
      period: { from: '2025-06-01', to: '2026-05-14' },
      requested: { from: '2025-06-01', to: '2026-05-14' },
      errors: {},
    });
  });

  it('takes the dates the address gives, and refuses those that cannot be a period', () => {
    expect(periodFromQuery('2026-04-01', '2027-03-31', '2026-05-14').period).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    const wrong = periodFromQuery('2026-04-01', '2020-01-01', '2026-05-14');
    expect(wrong.period).toBeNull();
    expect(wrong.requested).toEqual({ from: '2026-04-01', to: '2020-01-01' });
    expect(wrong.errors).toEqual({ to: 'beforeFrom' });
    expect(periodFromQuery('2026-04-01', null, '2026-05-14').errors).toEqual({ to: 'required' });
  });
});
