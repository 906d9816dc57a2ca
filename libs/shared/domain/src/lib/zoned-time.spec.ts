import { describe, expect, it } from 'vitest';
import { instantToWallTime, wallTimeToInstant } from './zoned-time';

describe('wall-clock times in a zone', () => {
  it('name the instant of a local time, in winter and in summer', () => {
    expect(wallTimeToInstant('2027-01-12', '09:00', 'America/Toronto')?.toISOString()).toBe('2027-01-12T14:00:00.000Z');
    expect(wallTimeToInstant('2027-07-13', '09:00', 'America/Toronto')?.toISOString()).toBe('2027-07-13T13:00:00.000Z');
    expect(wallTimeToInstant('2027-01-12', '09:00', 'America/Halifax')?.toISOString()).toBe('2027-01-12T13:00:00.000Z');
    expect(wallTimeToInstant('2027-01-12', '09:00', 'America/St_Johns')?.toISOString()).toBe('2027-01-12T12:30:00.000Z');
    expect(wallTimeToInstant('2027-01-12', '09:00', 'America/Regina')?.toISOString()).toBe('2027-01-12T15:00:00.000Z');
  });

  it('survive the daylight-saving change and refuse nonsense', () => {
    // 02:30 does not exist on 2027-03-14 in Toronto: the clocks jump from 02:00 to 03:00.
    expect(wallTimeToInstant('2027-03-14', '02:30', 'America/Toronto')?.toISOString()).toBe('2027-03-14T07:30:00.000Z');
    expect(wallTimeToInstant('2027-03-14', '09:00', 'America/Toronto')?.toISOString()).toBe('2027-03-14T13:00:00.000Z');
    expect(wallTimeToInstant('2027-02-30', '09:00', 'America/Toronto')).toBeNull();
    expect(wallTimeToInstant('2027-01-12', '9h', 'America/Toronto')).toBeNull();
    expect(wallTimeToInstant('2027-01-12', '09:00', 'Nowhere/Land')).toBeNull();
  });

  it('read an instant back as the local date and time', () => {
    expect(instantToWallTime('2027-01-12T14:00:00.000Z', 'America/Toronto')).toEqual({ date: '2027-01-12', time: '09:00' });
    expect(instantToWallTime('2027-01-13T03:30:00.000Z', 'America/Vancouver')).toEqual({ date: '2027-01-12', time: '19:30' });
  });
});

describe('a local time that happens twice', () => {
  it('is the first one', () => {
    // 01:30 happens twice on 2027-11-07 in Toronto; the first is still daylight time (UTC−4).
    expect(wallTimeToInstant('2027-11-07', '01:30', 'America/Toronto')?.toISOString()).toBe('2027-11-07T05:30:00.000Z');
  });
});
