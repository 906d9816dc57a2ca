import { useCallback, useMemo } from 'react';
import { formatDate, localeTag, useI18n, type Language } from '@concertation/web-i18n';

/** « 2026-04 » → its year and month (1-12). */
export function monthParts(month: string): { year: number; month: number } {
  const [year, number] = month.split('-').map(Number);
  return { year, month: number };
}

/** « 1 avril 2026 » → « 1er avril 2026 »: Intl writes the day as a cardinal. */
const firstAsOrdinal = (text: string, language: Language) => (language === 'fr' ? text.replace(/^1 /, '1er ') : text);

/**
 * How reports write their numbers in the viewer's language: rates as whole percentages (« 84 % »),
 * medians in days to one decimal (« 4,5 jours »), calendar days and months in words. Calendar days
 * are read in UTC: « 2026-04-01 » is that day wherever the viewer is.
 */
export function useReportFormat() {
  const { language, tp, formatNumber } = useI18n();
  const tag = localeTag(language);
  const formats = useMemo(
    () => ({
      percent: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
      month: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      shortMonth: new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }),
      shortMonthYear: new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    }),
    [tag],
  );
  const monthDate = (month: string) => {
    const parts = monthParts(month);
    return new Date(Date.UTC(parts.year, parts.month - 1, 1));
  };
  return {
    number: formatNumber,
    percent: useCallback((rate: number) => formats.percent.format(rate), [formats]),
    days: useCallback((value: number) => tp('reports.days', value), [tp]),
    /** « 1er avril 2026 » (French writes the first of the month as an ordinal), « April 1, 2026 ». */
    day: useCallback((date: string) => firstAsOrdinal(formatDate(`${date}T12:00:00Z`, language, 'UTC'), language), [language]),
    /** « avril 2026 ». */
    month: (month: string) => formats.month.format(monthDate(month)),
    /** « avr. », or « janv. 2026 » where a year begins or the chart starts. */
    shortMonth: (month: string, withYear: boolean) => (withYear ? formats.shortMonthYear : formats.shortMonth).format(monthDate(month)),
  };
}
