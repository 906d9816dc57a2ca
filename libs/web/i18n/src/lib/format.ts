import type { Language } from './types';

/** Canadian French and English: 24-hour clock in French, day-month order as people there write it. */
export function localeTag(language: Language): string {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Toronto';
  } catch {
    return 'America/Toronto';
  }
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An instant in the viewer's language and time zone, e.g. « 12 janv. 2027, 09 h 00 ». */
export function formatDateTime(value: string | Date, language: Language, timeZone: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(localeTag(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** The calendar day of an instant, in the viewer's time zone. */
export function formatDate(value: string | Date, language: Language, timeZone: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(localeTag(language), { dateStyle: 'long', timeZone }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeTag(language)).format(value);
}

/** A file's size as people read it: « 830 ko », « 1,2 Mo » ("830 kB", "1.2 MB"). */
export function formatByteSize(bytes: number, language: Language): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(localeTag(language), {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));
}

/** Regions and other reference data carry both names; show the one of the interface's language. */
export function localizedName(language: Language, named: { nameFr: string; nameEn: string }): string {
  return language === 'fr' ? named.nameFr : named.nameEn;
}

const RANGE_PARTS: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' };

/**
 * From one instant to another in the given zone, written once where they share the day:
 * « mardi 12 janvier 2027, 09 h 00 – 11 h 00 ».
 */
export function formatDateTimeRange(start: string | Date, end: string | Date, language: Language, timeZone: string): string {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return `${String(start)} – ${String(end)}`;
  const format = new Intl.DateTimeFormat(localeTag(language), { ...RANGE_PARTS, timeZone });
  return to.getTime() > from.getTime() ? format.formatRange(from, to) : format.format(from);
}

const TIME_PARTS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** « 9 h 00 », « 9:00 a.m. »: written as the ranges write it. */
export function formatTime(value: string | Date, language: Language, timeZone: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(localeTag(language), { ...TIME_PARTS, timeZone }).format(date);
}

/** « 9 h 00 – 11 h 00 », « 9:00–11:00 a.m. ». */
export function formatTimeRange(start: string | Date, end: string | Date, language: Language, timeZone: string): string {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return `${String(start)} – ${String(end)}`;
  const format = new Intl.DateTimeFormat(localeTag(language), { ...TIME_PARTS, timeZone });
  return to.getTime() > from.getTime() ? format.formatRange(from, to) : format.format(from);
}

/** The zone's name as people say it at that instant, e.g. « heure avancée de l’Atlantique ». */
export function timeZoneName(timeZone: string, language: Language, at: string | Date = new Date()): string {
  const date = toDate(at) ?? new Date();
  try {
    const parts = new Intl.DateTimeFormat(localeTag(language), { timeZone, timeZoneName: 'long' }).formatToParts(date);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/**
 * A label followed by its colon, as each language writes it: « Statut\u202f: » with a narrow no-break
 * space in French, "Status: " in English. For labels that the markup joins to what follows.
 */
export function withColon(label: string, language: Language): string {
  return language === 'fr' ? `${label}\u202f: ` : `${label}: `;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone: where a meeting goes in a month grid. */
export function calendarDay(value: string | Date, timeZone: string): string {
  const date = toDate(value);
  if (!date) return '';
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** « janvier 2027 » for a month grid's caption (month is 1-12). */
export function formatMonth(year: number, month: number, language: Language): string {
  return new Intl.DateTimeFormat(localeTag(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** Weekday names from Sunday, the first day of the week on Canadian calendars. */
export function weekdayNames(language: Language, style: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(localeTag(language), { weekday: style, timeZone: 'UTC' });
  // 2027-01-03 is a Sunday.
  return Array.from({ length: 7 }, (_, index) => format.format(new Date(Date.UTC(2027, 0, 3 + index))));
}
