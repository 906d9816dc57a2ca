import { runInNewContext } from 'node:vm';
import { RRule } from 'rrule';
import { MAX_RRULE_LENGTH } from '@concertation/shared-domain';
import { badInput } from '../../core/errors/domain-errors';
import { fromWallTime, toWallTime } from './zoned-time';

/**
 * Expands an RFC 5545 RRULE into meeting times, in the meeting's zone. The `rrule` library does
 * the recurrence itself on wall-clock ("floating") times, so that a monthly 09:00 meeting is at
 * 09:00 on each date; each wall time then becomes an instant through the zone database. (rrule's
 * own `tzid` option depends on the server process's zone, which this must not.)
 */

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

/** Meetings further away than this from the first one are not created. */
export const RECURRENCE_HORIZON_YEARS = 10;

const DAY = '(MO|TU|WE|TH|FR|SA|SU)';
const intsIn = (min: number, max: number, signed: boolean) => (value: string) =>
  value.split(',').every((part) => {
    if (!new RegExp(signed ? '^[+-]?\\d{1,3}$' : '^\\d{1,3}$').test(part)) return false;
    const n = Math.abs(Number(part));
    return n >= min && n <= max;
  });
const positive = (value: string) => /^\d{1,4}$/.test(value) && Number(value) >= 1;

/**
 * The rule parts accepted, each with its value's syntax (RFC 5545, 3.3.10). rrule's parser
 * accepts nonsense (FREQ=FOO, BYDAY=XX), so the text is checked here first. Frequencies under a
 * day are refused: meetings do not recur hourly, and such rules cost the most to expand.
 */
const PARTS: Record<string, (value: string) => boolean> = {
  FREQ: (v) => ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'].includes(v),
  INTERVAL: positive,
  COUNT: positive,
  UNTIL: (v) => /^\d{8}(T\d{6}Z?)?$/.test(v) && !Number.isNaN(untilWallTime(v, 'UTC').getTime()),
  BYDAY: (v) => v.split(',').every((d) => new RegExp(`^([+-]?([1-9]|[1-4]\\d|5[0-3]))?${DAY}$`).test(d)),
  BYMONTHDAY: intsIn(1, 31, true),
  BYYEARDAY: intsIn(1, 366, true),
  BYWEEKNO: intsIn(1, 53, true),
  BYMONTH: intsIn(1, 12, false),
  BYSETPOS: intsIn(1, 366, true),
  BYHOUR: (v) => v.split(',').every((h) => /^\d{1,2}$/.test(h) && Number(h) <= 23),
  BYMINUTE: (v) => v.split(',').every((m) => /^\d{1,2}$/.test(m) && Number(m) <= 59),
  WKST: (v) => new RegExp(`^${DAY}$`).test(v),
};

const bad = (message: string) => badInput(message, 'recurrence');

/** The rule's text, upper-cased and without an `RRULE:` prefix, once every part is known and well formed. */
export function normalizeRule(text: string): { rule: string; parts: Map<string, string> } {
  const rule = text
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  if (!rule || rule.length > MAX_RRULE_LENGTH) throw bad(`recurrence must be an RRULE of at most ${MAX_RRULE_LENGTH} characters.`);
  const parts = new Map<string, string>();
  for (const part of rule.replace(/;$/, '').split(';')) {
    const match = /^([A-Z]+)=([A-Z0-9,+\-T]+)$/.exec(part);
    const check = match ? PARTS[match[1]] : undefined;
    if (!match || !check || parts.has(match[1]) || !check(match[2])) {
      const name = match && check ? match[1] : 'a part';
      throw bad(`recurrence is not an RRULE this service accepts (${name} is wrong; FREQ is YEARLY, MONTHLY, WEEKLY or DAILY).`);
    }
    parts.set(match[1], match[2]);
  }
  if (!parts.has('FREQ')) throw bad('recurrence must name FREQ.');
  if (parts.has('COUNT') && parts.has('UNTIL')) throw bad('recurrence may have COUNT or UNTIL, not both.');
  return { rule, parts };
}

/**
 * UNTIL as a wall time of the meeting's zone: a UTC instant (…Z) is converted; a date alone
 * includes that whole day; a time without Z is already local.
 */
function untilWallTime(value: string, zone: string): Date {
  const [y, mo, d] = [value.slice(0, 4), value.slice(4, 6), value.slice(6, 8)].map(Number);
  const dateOnly = value.length === 8;
  const [h, mi, s] = dateOnly ? [23, 59, 59] : [value.slice(9, 11), value.slice(11, 13), value.slice(13, 15)].map(Number);
  const fields = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls 2027-13-32 over into 2028: such a date is not one.
  if (fields.getUTCMonth() !== mo - 1 || fields.getUTCDate() !== d || fields.getUTCHours() !== h) return new Date(NaN);
  return value.endsWith('Z') ? toWallTime(fields, zone) : fields;
}

/** Expanding a rule takes milliseconds; one that never matches would keep rrule walking to the year 9999. */
const EXPANSION_TIMEOUT_MS = 500;

/**
 * Runs the expansion under a time limit (node:vm interrupts synchronous code): rrule walks on
 * until the year 9999 when a rule never matches (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30 takes
 * seconds), and an officer's typo must not stall the server. Null when the time ran out.
 */
function withinTime<T>(run: () => T): T | null {
  try {
    return runInNewContext('run()', { run }, { timeout: EXPANSION_TIMEOUT_MS }) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return null;
    throw error;
  }
}

/**
 * The meetings a rule yields from `startsAt` (included when it matches the rule), at most `cap`,
 * within RECURRENCE_HORIZON_YEARS; each lasts as long as the first. BAD_USER_INPUT for a rule this
 * service does not accept or one that yields no meeting.
 */
export function expandRecurrence(text: string, first: Occurrence, zone: string, cap: number): Occurrence[] {
  const { rule, parts } = normalizeRule(text);
  const duration = first.endsAt.getTime() - first.startsAt.getTime();
  const start = toWallTime(first.startsAt, zone);
  const horizon = new Date(start.getTime());
  horizon.setUTCFullYear(start.getUTCFullYear() + RECURRENCE_HORIZON_YEARS);
  const until = parts.get('UNTIL');
  let options;
  try {
    options = RRule.parseString(rule);
  } catch {
    throw bad('recurrence is not a valid RRULE.');
  }
  const engine = new RRule({ ...options, tzid: null, dtstart: start, until: until ? untilWallTime(until, zone) : null });
  const walls = withinTime(() => engine.all((date, i) => i < cap && date <= horizon)) ?? [];
  if (walls.length === 0) throw bad(`recurrence yields no meeting within ${RECURRENCE_HORIZON_YEARS} years of startsAt.`);
  return walls.map((wall) => {
    const startsAt = fromWallTime(wall, zone);
    return { startsAt, endsAt: new Date(startsAt.getTime() + duration) };
  });
}
