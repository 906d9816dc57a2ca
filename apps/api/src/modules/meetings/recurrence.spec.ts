import { localTime } from '../../../test/support/meeting-fixtures';
import { DomainError } from '../../core/errors/domain-errors';
import { expandRecurrence, normalizeRule } from './recurrence';
import { fromWallTime, toWallTime } from './zoned-time';

const TORONTO = 'America/Toronto';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
};

describe('recurrence', () => {
  // 2027-01-12 09:00 in Toronto (EST, UTC−5), two hours long.
  const first = { startsAt: new Date('2027-01-12T14:00:00Z'), endsAt: new Date('2027-01-12T16:00:00Z') };

  it('keeps a monthly 09:00 meeting at 09:00 local across the March and November changes', () => {
    const meetings = expandRecurrence('FREQ=MONTHLY;BYDAY=2TU', first, TORONTO, 12);
    expect(meetings).toHaveLength(12);
    expect(meetings.map((m) => localTime(m.startsAt, TORONTO))).toEqual([
      '2027-01-12 09:00',
      '2027-02-09 09:00',
      '2027-03-09 09:00',
      '2027-04-13 09:00',
      '2027-05-11 09:00',
      '2027-06-08 09:00',
      '2027-07-13 09:00',
      '2027-08-10 09:00',
      '2027-09-14 09:00',
      '2027-10-12 09:00',
      '2027-11-09 09:00',
      '2027-12-14 09:00',
    ]);
    // The instants move with the offset: 14:00Z in winter, 13:00Z in summer.
    expect(meetings.map((m) => m.startsAt.getUTCHours())).toEqual([14, 14, 14, 13, 13, 13, 13, 13, 13, 13, 14, 14]);
    for (const m of meetings) expect(m.endsAt.getTime() - m.startsAt.getTime()).toBe(2 * 3600_000);
    for (const m of meetings) expect(localTime(m.endsAt, TORONTO).slice(11)).toBe('11:00');
  });

  it('stays on local time for a weekly meeting that crosses the spring change', () => {
    const weekly = expandRecurrence(
      'RRULE:FREQ=WEEKLY;INTERVAL=1',
      { startsAt: new Date('2027-03-02T23:30:00Z'), endsAt: new Date('2027-03-03T00:30:00Z') },
      TORONTO,
      3,
    );
    expect(weekly.map((m) => localTime(m.startsAt, TORONTO))).toEqual(['2027-03-02 18:30', '2027-03-09 18:30', '2027-03-16 18:30']);
  });

  it('honours COUNT, UNTIL and the cap', () => {
    expect(expandRecurrence('FREQ=MONTHLY;BYDAY=2TU;COUNT=3', first, TORONTO, 12)).toHaveLength(3);
    expect(expandRecurrence('FREQ=MONTHLY;BYDAY=2TU', first, TORONTO, 5)).toHaveLength(5);
    const until = expandRecurrence('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270413T130000Z', first, TORONTO, 12);
    expect(until.map((m) => localTime(m.startsAt, TORONTO).slice(0, 10))).toEqual(['2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13']);
    expect(expandRecurrence('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270309', first, TORONTO, 12)).toHaveLength(3);
  });

  it('stops at ten years', () => {
    expect(expandRecurrence('FREQ=YEARLY', first, TORONTO, 52)).toHaveLength(11);
  });

  it('refuses bad rules with BAD_USER_INPUT, quickly even when a rule never matches', () => {
    for (const rule of [
      '',
      'garbage',
      'FREQ=FOO',
      'FREQ=HOURLY',
      'FREQ=MONTHLY;BYDAY=XX',
      'FREQ=MONTHLY;COUNT=abc',
      'INTERVAL=2',
      'FREQ=DAILY;FREQ=WEEKLY',
      'FREQ=DAILY;COUNT=2;UNTIL=20270101',
      'FREQ=MONTHLY;INTERVAL=0',
      'FREQ=DAILY;UNTIL=20271332',
      'DTSTART:20270101T090000Z\nRRULE:FREQ=DAILY',
      'FREQ=MONTHLY;BYMONTHDAY=32',
    ]) {
      expect([rule, codeOf(() => expandRecurrence(rule, first, TORONTO, 12))]).toEqual([rule, 'BAD_USER_INPUT']);
    }
    const started = Date.now();
    expect(codeOf(() => expandRecurrence('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', first, TORONTO, 12))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => expandRecurrence('FREQ=DAILY;BYSETPOS=5;BYDAY=MO', first, TORONTO, 12))).toBe('BAD_USER_INPUT');
    // Each is cut off after half a second rather than walking on to the year 9999.
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('normalizes case and the RRULE: prefix', () => {
    expect(normalizeRule('rrule:freq=weekly;byday=mo,we').rule).toBe('FREQ=WEEKLY;BYDAY=MO,WE');
  });
});

describe('zoned time', () => {
  it('reads wall times as RFC 5545 does around daylight-saving changes', () => {
    // 02:30 does not exist on 2027-03-14 in Toronto: read with the offset from before (EST).
    expect(fromWallTime(new Date('2027-03-14T02:30:00Z'), TORONTO).toISOString()).toBe('2027-03-14T07:30:00.000Z');
    // 01:30 occurs twice on 2027-11-07: the first one (EDT).
    expect(fromWallTime(new Date('2027-11-07T01:30:00Z'), TORONTO).toISOString()).toBe('2027-11-07T05:30:00.000Z');
    expect(toWallTime(new Date('2027-07-01T13:00:00Z'), TORONTO).toISOString()).toBe('2027-07-01T09:00:00.000Z');
    expect(fromWallTime(new Date('2027-07-01T09:00:00Z'), 'Europe/Paris').toISOString()).toBe('2027-07-01T07:00:00.000Z');
  });
});
