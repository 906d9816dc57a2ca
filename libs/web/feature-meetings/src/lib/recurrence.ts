import { DEFAULT_OCCURRENCES, MAX_OCCURRENCES } from '@concertation/shared-domain';

export { DEFAULT_OCCURRENCES, MAX_OCCURRENCES };

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
