/**
 * Wall-clock dates and times in an IANA zone, and the instants they name: the builder asks for the
 * closing in the table's own zone (what the invitation says); the API takes a UTC instant.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

function partsIn(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

function offsetMinutes(instant: number, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant at which clocks in `timeZone` show `date` (YYYY-MM-DD) and `time` (HH:MM); a time
 * skipped by a daylight-saving change gives the hour after, a doubled one the first; null when malformed.
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
    const candidates = [guess - offsetMinutes(guess, timeZone) * 60_000];
    candidates.push(guess - offsetMinutes(candidates[0], timeZone) * 60_000);
    const shows = candidates.filter((instant) => offsetMinutes(instant, timeZone) * 60_000 === guess - instant);
    return new Date(shows.length > 0 ? Math.min(...shows) : Math.max(...candidates));
  } catch {
    return null;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The date (YYYY-MM-DD) and time (HH:MM) that clocks in `timeZone` show at an instant. */
export function instantToWallTime(value: Date, timeZone: string): { date: string; time: string } {
  const p = partsIn(value.getTime(), timeZone);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}
