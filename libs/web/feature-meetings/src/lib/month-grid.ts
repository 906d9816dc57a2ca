/** A month of calendar days, for the month view. Plain dates (YYYY-MM-DD), computed in UTC: no zone involved. */

const pad = (value: number) => String(value).padStart(2, '0');
const dayOf = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

export interface YearMonth {
  year: number;
  /** 1 to 12. */
  month: number;
}

export function parseYearMonth(value: string | null | undefined): YearMonth | null {
  const match = value ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

export const formatYearMonth = ({ year, month }: YearMonth) => `${year}-${pad(month)}`;

export function shiftMonth({ year, month }: YearMonth, delta: number): YearMonth {
  const date = new Date(Date.UTC(year, month - 1 + delta, 1));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** Weeks from Sunday to Saturday that cover the month, days of the months around it included. */
export function monthWeeks({ year, month }: YearMonth): string[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const start = new Date(first);
  start.setUTCDate(1 - first.getUTCDay());
  const last = new Date(Date.UTC(year, month, 0));
  const weeks: string[][] = [];
  const cursor = new Date(start);
  while (cursor.getTime() <= last.getTime()) {
    const week: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      week.push(dayOf(cursor));
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/**
 * Instants wide enough to hold every meeting of the month in any zone (a day on each side); the
 * view then keeps those whose local day falls in the month.
 */
export function monthQueryRange({ year, month }: YearMonth): { from: string; to: string } {
  return { from: new Date(Date.UTC(year, month - 1, 0)).toISOString(), to: new Date(Date.UTC(year, month, 2)).toISOString() };
}
