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

/** Regions and other reference data carry both names; show the one of the interface's language. */
export function localizedName(language: Language, named: { nameFr: string; nameEn: string }): string {
  return language === 'fr' ? named.nameFr : named.nameEn;
}
