/**
 * Wall-clock dates and times in an IANA zone, and the instants they name. The forms ask for the
 * meeting's local date and time (what the invitation says); the API takes UTC instants.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** What clocks in `timeZone` show at an instant, field by field (24-hour, seconds included). */
export function wallClockFields(instant: number, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** How far the zone's clocks are ahead of UTC at that instant, in minutes (-300 in Toronto in winter). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const p = wallClockFields(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant at which clocks in `timeZone` show `date` (YYYY-MM-DD) and `time` (HH:MM). A time
 * skipped by a daylight-saving change resolves to the hour after, a time
 * that happens twice to the first; null for malformed input.
 */
export function wallTimeToInstant(date: string, time: string, timeZone: string): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(guess).getUTCDate() !== day) return null;
  try {
    // The zone's offset at the guess and at the instant it gives: they differ only near a change.
    const candidates = [guess - zoneOffsetMinutes(guess, timeZone) * 60_000];
    candidates.push(guess - zoneOffsetMinutes(candidates[0], timeZone) * 60_000);
    const shows = candidates.filter((instant) => zoneOffsetMinutes(instant, timeZone) * 60_000 === guess - instant);
    // Twice (clocks set back): the first. Never (clocks set forward): the hour after the gap.
    const instant = shows.length > 0 ? Math.min(...shows) : Math.max(...candidates);
    return new Date(instant);
  } catch {
    return null;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The date (YYYY-MM-DD) and time (HH:MM) that clocks in `timeZone` show at an instant. */
export function instantToWallTime(value: string | Date, timeZone: string): { date: string; time: string } {
  const instant = (value instanceof Date ? value : new Date(value)).getTime();
  const p = wallClockFields(instant, timeZone);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}
