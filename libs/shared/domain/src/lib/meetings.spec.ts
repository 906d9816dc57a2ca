import { describe, expect, it } from 'vitest';
import { canAdjournMeeting, canCancelMeeting, canStartMeeting, completeWebUrl, isMeetingClosed, isWebUrl, requiredQuorum, seesInCamera } from './meetings';

describe('meetings', () => {
  it('moves DRAFT/SCHEDULED → IN_PROGRESS → ADJOURNED, and cancels anything not closed', () => {
    expect(['DRAFT', 'SCHEDULED', 'IN_PROGRESS', 'ADJOURNED', 'CANCELLED'].filter((s) => canStartMeeting(s as never))).toEqual(['DRAFT', 'SCHEDULED']);
    expect(canAdjournMeeting('IN_PROGRESS')).toBe(true);
    expect(canAdjournMeeting('SCHEDULED')).toBe(false);
    expect(canCancelMeeting('IN_PROGRESS')).toBe(true);
    expect(canCancelMeeting('ADJOURNED')).toBe(false);
    expect(canCancelMeeting('CANCELLED')).toBe(false);
    expect(isMeetingClosed('CANCELLED')).toBe(true);
    expect(isMeetingClosed('DRAFT')).toBe(false);
  });

  it('requires the table quorum, or else a majority of ACTIVE members', () => {
    expect(requiredQuorum(4, null)).toBe(3);
    expect(requiredQuorum(5, null)).toBe(3);
    expect(requiredQuorum(0, null)).toBe(1);
    expect(requiredQuorum(10, 2)).toBe(2);
  });

  it('shows in-camera items to chairs, secretaries and members only', () => {
    expect(['CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER', null].map(seesInCamera)).toEqual([true, true, true, false, false]);
  });

  it('accepts http(s) video links only', () => {
    expect(isWebUrl('https://visio.exemple.test/salle?x=1')).toBe(true);
    expect(isWebUrl('http://visio.exemple.test')).toBe(true);
    for (const bad of ['ftp://x.test', 'javascript:alert(1)', 'https://', 'visio.exemple.test', 'https://a b.test', `https://x.test/${'a'.repeat(1000)}`]) {
      expect([bad, isWebUrl(bad)]).toEqual([bad, false]);
    }
  });

  it('completes an address typed without its scheme with https://', () => {
    expect(completeWebUrl('meet.exemple.test/abc')).toBe('https://meet.exemple.test/abc');
    expect(completeWebUrl('  www.exemple.test ')).toBe('https://www.exemple.test');
    expect(completeWebUrl('visio.exemple.test:8443/salle')).toBe('https://visio.exemple.test:8443/salle');
    expect(completeWebUrl('//visio.exemple.test')).toBe('https://visio.exemple.test');
  });

  it('leaves complete addresses, other schemes and non-addresses as typed (trimmed)', () => {
    expect(completeWebUrl('http://visio.exemple.test')).toBe('http://visio.exemple.test');
    expect(completeWebUrl('HTTPS://Visio.exemple.test/A')).toBe('HTTPS://Visio.exemple.test/A');
    for (const kept of ['', 'javascript:alert(1)', 'mailto:a@exemple.test', 'ftp://x.test', 'salle', 'a b.test']) {
      expect(completeWebUrl(kept)).toBe(kept);
    }
    expect(completeWebUrl(' salle 3 ')).toBe('salle 3');
  });
});
