import { localeTag, timeZoneName } from '../../notifications/notification-texts';
import type { Lang } from './email-content';

/**
 * When a meeting is held, in the reader's language and zone, named as instantText names it:
 * « lundi 8 juillet 2030, 11 h 00 – 12 h 30 (heure avancée du Pacifique) ». A meeting over
 * several days repeats the date at its end.
 */
export function meetingTimeText(startsAt: string, endsAt: string, reader: { locale: Lang; timeZone: string }): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const format = (timeZone: string) => {
    const formatter = new Intl.DateTimeFormat(localeTag(reader.locale), { dateStyle: 'full', timeStyle: 'short', timeZone });
    return end.getTime() > start.getTime() ? formatter.formatRange(start, end) : formatter.format(start);
  };
  let zone = reader.timeZone;
  let when: string;
  try {
    when = format(zone);
  } catch {
    // A zone this runtime does not know: Eastern time, as instantText does.
    zone = 'America/Toronto';
    when = format(zone);
  }
  const name = timeZoneName(zone, reader.locale, start);
  return name ? `${when} (${name})` : when;
}
