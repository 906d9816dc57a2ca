import { useI18n } from '@concertation/web-i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How long since `since`, in the largest unit that still says it well: « 40 minutes », « 5 heures », « 3 jours ». */
export function useWaitingAge(): (since: string, now?: number) => string {
  const { t, tp } = useI18n();
  return (since, now = Date.now()) => {
    const elapsed = Math.max(0, now - new Date(since).getTime());
    if (elapsed < MINUTE) return t('emailDelivery.age.lessThanMinute');
    if (elapsed < HOUR) return tp('emailDelivery.age.minutes', Math.floor(elapsed / MINUTE));
    // Up to two days in hours: « 30 heures » says more than « 1 jour ».
    if (elapsed < 48 * HOUR) return tp('emailDelivery.age.hours', Math.floor(elapsed / HOUR));
    return tp('emailDelivery.age.days', Math.floor(elapsed / (24 * HOUR)));
  };
}
