/**
 * Wall-clock time in an IANA zone ↔ instants, through the runtime's time-zone database (Intl).
 * A "wall time" is carried as a Date whose UTC fields are the local fields (a floating time):
 * 09:00 in Toronto is `2027-01-12T09:00:00Z` here, whatever the offset that day.
 */
import { wallClockFields } from '@concertation/shared-domain';

/** The wall time an instant shows in a zone, as a floating Date (milliseconds kept). */
export function toWallTime(instant: Date, zone: string): Date {
  const f = wallClockFields(instant.getTime(), zone);
  return new Date(Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, instant.getUTCMilliseconds()));
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
