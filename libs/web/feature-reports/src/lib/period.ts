/**
 * A report's period and the presets people pick it with. Pure date arithmetic on calendar days
 * (YYYY-MM-DD, both ends inclusive, as the API takes them): no time zone enters here, the page
 * passes today's date as the viewer's calendar shows it.
 */

export interface Period {
  from: string;
  to: string;
}

/** The API refuses a period longer than this (`to` ≤ `from` + 3 years). */
export const MAX_PERIOD_YEARS = 3;

/** How many fiscal years the picker offers, the current one first. */
export const FISCAL_YEARS_OFFERED = 6;

/** Quebec's public bodies count their year from 1 April to 31 March. */
const FISCAL_YEAR_FIRST_MONTH = 4;

interface Day {
  year: number;
  month: number;
  day: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export const formatDay = ({ year, month, day }: Day) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar day a YYYY-MM-DD string names; null when it is not one (2026-02-30, 2026-4-1). */
export function parseDay(value: string): Day | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The same day `years` later; 29 February becomes 28 February in a common year, as the API adds years. */
export function addYears(value: string, years: number): string {
  const day = parseDay(value);
  if (!day) return value;
  const year = day.year + years;
  return formatDay({ year, month: day.month, day: Math.min(day.day, daysInMonth(year, day.month)) });
}

/** The first day of the month `offset` months from the given one (negative: before). */
function monthStart(year: number, month: number, offset: number): Day {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

function lastDayOf(year: number, month: number): Day {
  return { year, month, day: daysInMonth(year, month) };
}

function dayOf(today: string): Day {
  const day = parseDay(today);
  if (!day) throw new Error(`Not a calendar day: ${today}`);
  return day;
}

/** The calendar quarter that holds today, whole: 1 April – 30 June for 14 May. */
export function thisQuarter(today: string): Period {
  const { year, month } = dayOf(today);
  const first = month - ((month - 1) % 3);
  return { from: formatDay({ year, month: first, day: 1 }), to: formatDay(lastDayOf(year, first + 2)) };
}

/** Twelve calendar months up to today: from the first of the month eleven months back (1 June 2025 for 14 May 2026). */
export function last12Months(today: string): Period {
  const day = dayOf(today);
  return { from: formatDay(monthStart(day.year, day.month, -11)), to: today };
}

/** The year the fiscal year holding today began in: 2026 from 1 April 2026 to 31 March 2027. */
export function fiscalYearStartOf(today: string): number {
  const { year, month } = dayOf(today);
  return month >= FISCAL_YEAR_FIRST_MONTH ? year : year - 1;
}

/** The fiscal year that begins in `startYear`: 1 April of that year to 31 March of the next. */
export function fiscalYear(startYear: number): Period {
  return {
    from: formatDay({ year: startYear, month: FISCAL_YEAR_FIRST_MONTH, day: 1 }),
    to: formatDay(lastDayOf(startYear + 1, FISCAL_YEAR_FIRST_MONTH - 1)),
  };
}

/** The fiscal years to choose from, newest first: the current one and those before it. */
export function fiscalYearsOffered(today: string, count = FISCAL_YEARS_OFFERED): number[] {
  const current = fiscalYearStartOf(today);
  return Array.from({ length: count }, (_, index) => current - index);
}

export type PeriodChoice = { kind: 'thisQuarter' } | { kind: 'last12Months' } | { kind: 'fiscalYear'; startYear: number } | { kind: 'custom' };

export type PresetKind = Exclude<PeriodChoice['kind'], 'custom'>;

/** The period a preset names today. */
export function presetPeriod(choice: Exclude<PeriodChoice, { kind: 'custom' }>, today: string): Period {
  if (choice.kind === 'thisQuarter') return thisQuarter(today);
  if (choice.kind === 'last12Months') return last12Months(today);
  return fiscalYear(choice.startYear);
}

const samePeriod = (a: Period, b: Period) => a.from === b.from && a.to === b.to;

/** Which preset a period is (a shared address shows its preset chosen), else custom dates. */
export function choiceOf(period: Period, today: string): PeriodChoice {
  if (samePeriod(period, thisQuarter(today))) return { kind: 'thisQuarter' };
  if (samePeriod(period, last12Months(today))) return { kind: 'last12Months' };
  const from = parseDay(period.from);
  if (from && from.month === FISCAL_YEAR_FIRST_MONTH && from.day === 1 && samePeriod(period, fiscalYear(from.year))) {
    return { kind: 'fiscalYear', startYear: from.year };
  }
  return { kind: 'custom' };
}

export type PeriodFieldError = 'required' | 'invalid' | 'beforeFrom' | 'tooLong';

export interface PeriodErrors {
  from?: PeriodFieldError;
  to?: PeriodFieldError;
}

/** What is wrong with two dates as a period, field by field: the API's rules, said before it is asked. */
export function periodErrors(from: string, to: string): PeriodErrors {
  const errors: PeriodErrors = {};
  if (!from.trim()) errors.from = 'required';
  else if (!parseDay(from)) errors.from = 'invalid';
  if (!to.trim()) errors.to = 'required';
  else if (!parseDay(to)) errors.to = 'invalid';
  if (errors.from || errors.to) return errors;
  // YYYY-MM-DD strings compare as their dates do.
  if (to < from) errors.to = 'beforeFrom';
  else if (to > addYears(from, MAX_PERIOD_YEARS)) errors.to = 'tooLong';
  return errors;
}

export const hasPeriodErrors = (errors: PeriodErrors) => !!(errors.from || errors.to);

export interface RequestedPeriod {
  /** The period to show; null when the address asks for one that cannot be (its errors say why). */
  period: Period | null;
  /** The dates as the address gives them, for the custom fields. */
  requested: Period;
  errors: PeriodErrors;
}

/** The period the address's `?from=&to=` asks for; without either, the last twelve months. */
export function periodFromQuery(from: string | null, to: string | null, today: string): RequestedPeriod {
  if (!from && !to) {
    const period = last12Months(today);
    return { period, requested: period, errors: {} };
  }
  const requested = { from: from ?? '', to: to ?? '' };
  const errors = periodErrors(requested.from, requested.to);
  return { period: hasPeriodErrors(errors) ? null : requested, requested, errors };
}
