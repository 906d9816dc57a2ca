import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { calendarDay, useI18n } from '@concertation/web-i18n';
import { periodFromQuery, type Period } from './period';

/**
 * The report's period lives in the address (`?from=&to=`), so that a report can be shared and
 * reloaded as it is. Today is the viewer's calendar day, which the presets count from.
 */
export function useReportPeriod() {
  const { timeZone } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = calendarDay(new Date(), timeZone);
  const requested = periodFromQuery(searchParams.get('from'), searchParams.get('to'), today);
  const choose = useCallback(
    (period: Period) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set('from', period.from);
        next.set('to', period.to);
        return next;
      }),
    [setSearchParams],
  );
  return { today, ...requested, choose };
}
