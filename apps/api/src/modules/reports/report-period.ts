import { isCalendarDate } from '../../core/graphql/date.scalar';
import { badInput } from '../../core/errors/domain-errors';

/** The calendar days a report covers, both inclusive, as YYYY-MM-DD; each table reads them in its own zone. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export const MAX_REPORT_YEARS = 3;

/** `from` ≤ `to`, real dates, at most three years apart (BAD_USER_INPUT otherwise). */
export function reportPeriod(from: unknown, to: unknown): ReportPeriod {
  if (!isCalendarDate(from)) throw badInput('The start of the period must be a date written YYYY-MM-DD.', 'from');
  if (!isCalendarDate(to)) throw badInput('The end of the period must be a date written YYYY-MM-DD.', 'to');
  if (to < from) throw badInput('The period must end on or after the day it starts.', 'to');
  if (to > addYears(from, MAX_REPORT_YEARS)) throw badInput(`A report covers at most ${MAX_REPORT_YEARS} years.`, 'to');
  return { from, to };
}

/** The same calendar day `years` later (29 February becomes 28 February when that year has none). */
function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
