import { describe, expect, it } from 'vitest';
import { plannedStarts } from './agenda-times';

describe('plannedStarts', () => {
  it('adds the previous items’ durations to the meeting’s start', () => {
    expect(plannedStarts('2027-01-14T14:00:00.000Z', [{ durationMinutes: 10 }, { durationMinutes: 45 }, { durationMinutes: 5 }])).toEqual([
      '2027-01-14T14:00:00.000Z',
      '2027-01-14T14:10:00.000Z',
      '2027-01-14T14:55:00.000Z',
    ]);
  });

  it('gives no time after an item without a planned duration', () => {
    expect(plannedStarts('2027-01-14T14:00:00.000Z', [{ durationMinutes: 15 }, { durationMinutes: null }, { durationMinutes: 20 }])).toEqual([
      '2027-01-14T14:00:00.000Z',
      '2027-01-14T14:15:00.000Z',
      null,
    ]);
  });

  it('gives nothing for an empty agenda or an unreadable start', () => {
    expect(plannedStarts('2027-01-14T14:00:00.000Z', [])).toEqual([]);
    expect(plannedStarts('not a date', [{ durationMinutes: 10 }])).toEqual([null]);
  });
});
