import { ACTION_ITEM_STATUSES } from '@concertation/shared-domain';
import type { ActionItemStatus } from '@concertation/web-data-access';
import { calendarDay, localeTag, type Language } from '@concertation/web-i18n';

export type DueState = 'overdue' | 'soon' | null;

/** Statuses still to be worked on: the only ones that can be late or due soon. */
export const UNFINISHED_STATUSES: readonly ActionItemStatus[] = ['OPEN', 'IN_PROGRESS', 'BLOCKED'];

/** Every status in the order work goes: the board's columns, the selects' options. */
export const ACTION_STATUSES: readonly ActionItemStatus[] = ACTION_ITEM_STATUSES;

/** How many days after today still count as « due soon »: today and the 7 days after it. */
export const DUE_SOON_DAYS = 7;

/** Today (YYYY-MM-DD) in the viewer's zone. */
export function localToday(timeZone: string, now: Date = new Date()): string {
  return calendarDay(now, timeZone);
}

/** A calendar day moved by some days; calendar arithmetic in UTC, so no daylight-saving surprise. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from one day to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [year, month, date] = day.split('-').map(Number);
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * « Overdue » is the server's word (it counts days in the table's zone); « due soon » is the
 * viewer's: an unfinished item, not overdue, due today or within DUE_SOON_DAYS in their date.
 */
export function dueState(item: { dueOn?: string | null; overdue: boolean; status: ActionItemStatus }, today: string): DueState {
  if (item.overdue) return 'overdue';
  if (!item.dueOn || !UNFINISHED_STATUSES.includes(item.status)) return null;
  return item.dueOn >= today && item.dueOn <= addDays(today, DUE_SOON_DAYS) ? 'soon' : null;
}

/** A due date is a calendar day, not an instant: written as such, whatever the viewer's zone. */
export function formatDueOn(day: string, language: Language): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(localeTag(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}
