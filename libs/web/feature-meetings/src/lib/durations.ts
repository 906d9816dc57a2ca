import type { MessageKey, MessageParams } from '@concertation/web-i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** 45 → « 45 min », 90 → « 1 h 30 », 120 → « 2 h ». */
export function formatMinutes(total: number, t: Translate): string {
  const minutes = Math.max(0, Math.round(total));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('agenda.duration.minutes', { minutes: rest });
  if (rest === 0) return t('agenda.duration.hours', { hours });
  return t('agenda.duration.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
}

/** 330 seconds → « 05:30 »; an hour or more → « 1:05:30 ». */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${two(minutes)}:${two(rest)}`;
}
