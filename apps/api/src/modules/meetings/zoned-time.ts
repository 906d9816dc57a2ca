/**
 * Wall-clock time in an IANA zone ↔ instants, through the runtime's time-zone database (Intl).
 * A "wall time" is carried as a Date whose UTC fields are the local fields (a floating time):
 * 09:00 in Toronto is `2027-01-12T09:00:00Z` here, whatever the offset that day.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall time an instant shows in a zone, as a floating Date (milliseconds kept). */
export function toWallTime(instant: Date, zone: string): Date {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return new Date(
    Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, instant.getUTCMilliseconds()),
  );
}

/** The zone's offset from UTC at an instant, in milliseconds (local minus UTC). */
function offsetAt(instantMs: number, zone: string): number {
  return toWallTime(new Date(instantMs), zone).getTime() - instantMs;
}

const DAY_MS = 86_400_000;

/**
 * The instant at which a zone's clocks show a wall time, as RFC 5545 (3.3.5) reads local times:
 * a wall time that occurs twice (autumn) is its first occurrence; one that does not exist
 * (the spring-forward gap) is read with the offset from before the change.
 */
export function fromWallTime(wall: Date, zone: string): Date {
  const wallMs = wall.getTime();
  // The offsets a day either side bracket any change near this wall time.
  const before = offsetAt(wallMs - DAY_MS, zone);
  const after = offsetAt(wallMs + DAY_MS, zone);
  const candidates = [...new Set([wallMs - before, wallMs - after])].filter((ms) => toWallTime(new Date(ms), zone).getTime() === wallMs);
  return new Date(candidates.length > 0 ? Math.min(...candidates) : wallMs - before);
}
