import { MAX_OCCURRENCES } from '@concertation/shared-domain';

export { MAX_OCCURRENCES };

/** The recurrences the schedule form offers, as RFC 5545 RRULE strings the API expands in the meeting's zone. */
export const RECURRENCE_PRESETS = ['NONE', 'WEEKLY', 'BIWEEKLY', 'MONTHLY_NTH_WEEKDAY'] as const;
export type RecurrencePreset = (typeof RECURRENCE_PRESETS)[number];

const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export interface NthWeekday {
  /** 1 to 4, or -1 for « the last » (a 5th weekday does not exist every month). */
  nth: 1 | 2 | 3 | 4 | -1;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/** Which weekday of its month a date (YYYY-MM-DD) is: 2027-01-12 is the 2nd Tuesday. */
export function nthWeekdayOf(date: string): NthWeekday | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = Number(match[3]);
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, day));
  if (Number.isNaN(utc.getTime()) || utc.getUTCDate() !== day) return null;
  const nth = Math.ceil(day / 7);
  return { nth: nth >= 5 ? -1 : (nth as 1 | 2 | 3 | 4), weekday: utc.getUTCDay() };
}

/** The RRULE for a preset, given the first meeting's local date; null for a single meeting. */
export function recurrenceRule(preset: RecurrencePreset, startDate: string): string | null {
  switch (preset) {
    case 'NONE':
      return null;
    case 'WEEKLY':
      return 'FREQ=WEEKLY';
    case 'BIWEEKLY':
      return 'FREQ=WEEKLY;INTERVAL=2';
    case 'MONTHLY_NTH_WEEKDAY': {
      const nth = nthWeekdayOf(startDate);
      return nth ? `FREQ=MONTHLY;BYDAY=${nth.nth}${RRULE_DAYS[nth.weekday]}` : null;
    }
  }
}

const utcDay = (date: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.getUTCDate() === Number(match[3]) ? day : null;
};
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/** The `nth` given weekday of a month (month 0-based, may overflow into the next years); nth -1 is the last. */
function nthWeekdayIn(year: number, month: number, { nth, weekday }: NthWeekday): Date {
  if (nth === -1) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    last.setUTCDate(last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7));
    return last;
  }
  const first = new Date(Date.UTC(year, month, 1));
  first.setUTCDate(1 + ((weekday - first.getUTCDay() + 7) % 7) + 7 * (nth - 1));
  return first;
}

/** The local date (YYYY-MM-DD) of the meeting `index` places after the first one (index 0). */
function nthOccurrence(preset: Exclude<RecurrencePreset, 'NONE'>, first: Date, nth: NthWeekday, index: number): Date {
  if (preset === 'MONTHLY_NTH_WEEKDAY') return nthWeekdayIn(first.getUTCFullYear(), first.getUTCMonth() + index, nth);
  const day = new Date(first.getTime());
  day.setUTCDate(day.getUTCDate() + index * (preset === 'WEEKLY' ? 7 : 14));
  return day;
}

/**
 * The local dates (YYYY-MM-DD, in the meeting's zone) of a series, as the API expands the preset's
 * RRULE from the first date: `count` of them, or every one up to `until` included. At most
 * `limit` + 1 are returned, so that a series longer than allowed can be told apart. Empty without
 * a valid first date; just the first date for NONE.
 */
export function occurrenceDates(
  preset: RecurrencePreset,
  startDate: string,
  end: { count: number } | { until: string },
  limit: number = MAX_OCCURRENCES,
): string[] {
  const first = utcDay(startDate);
  const nth = nthWeekdayOf(startDate);
  if (!first || !nth) return [];
  if (preset === 'NONE') return [startDate];
  const until = 'until' in end ? utcDay(end.until) : null;
  const wanted = 'count' in end ? Math.min(end.count, limit + 1) : limit + 1;
  const dates: string[] = [];
  for (let index = 0; dates.length < wanted; index += 1) {
    const day = nthOccurrence(preset, first, nth, index);
    if ('until' in end && (!until || day.getTime() > until.getTime())) break;
    dates.push(isoDay(day));
  }
  return dates;
}
