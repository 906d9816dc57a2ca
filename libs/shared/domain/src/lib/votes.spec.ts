import { describe, expect, it } from 'vitest';
import { tallyVote, voteOptions } from './votes';

const YNA = ['YES', 'NO', 'ABSTAIN'];
const yna = (threshold: 'SIMPLE_MAJORITY' | 'TWO_THIRDS' | 'UNANIMITY', choices: string[]) => tallyVote('YES_NO_ABSTAIN', YNA, threshold, choices);
const times = (n: number, choice: string) => Array.from({ length: n }, () => choice);

describe('tallyVote', () => {
  it('counts each option in the order of the options', () => {
    expect(yna('SIMPLE_MAJORITY', ['NO', 'YES', 'YES', 'ABSTAIN']).results).toEqual([
      { option: 'YES', count: 2 },
      { option: 'NO', count: 1 },
      { option: 'ABSTAIN', count: 1 },
    ]);
  });

  it('simple majority: more YES than NO, abstentions outside the base; a tie fails', () => {
    expect(yna('SIMPLE_MAJORITY', ['YES', 'NO', ...times(5, 'ABSTAIN')]).passed).toBe(false);
    expect(yna('SIMPLE_MAJORITY', ['YES', 'YES', 'NO', ...times(5, 'ABSTAIN')]).passed).toBe(true);
  });

  it('two thirds: exactly two thirds passes, just under fails', () => {
    expect(yna('TWO_THIRDS', [...times(2, 'YES'), 'NO']).passed).toBe(true);
    expect(yna('TWO_THIRDS', [...times(4, 'YES'), ...times(2, 'NO'), 'ABSTAIN']).passed).toBe(true);
    expect(yna('TWO_THIRDS', [...times(5, 'YES'), ...times(3, 'NO')]).passed).toBe(false);
  });

  it('unanimity: no NO and at least one YES; abstentions do not break it', () => {
    expect(yna('UNANIMITY', ['YES', 'ABSTAIN', 'YES']).passed).toBe(true);
    expect(yna('UNANIMITY', ['YES', 'NO', ...times(9, 'YES')]).passed).toBe(false);
  });

  it('passes nothing when everyone abstains or nobody votes', () => {
    for (const threshold of ['SIMPLE_MAJORITY', 'TWO_THIRDS', 'UNANIMITY'] as const) {
      expect(yna(threshold, times(4, 'ABSTAIN')).passed).toBe(false);
      expect(yna(threshold, []).passed).toBe(false);
    }
  });

  it('choice: an option needs more than half, two thirds or all of the ballots cast, and wins', () => {
    const options = ['Option A', 'Option B', 'Option C'];
    expect(tallyVote('CHOICE', options, 'SIMPLE_MAJORITY', ['Option A', 'Option A', 'Option B'])).toMatchObject({ passed: true, winningOption: 'Option A' });
    expect(tallyVote('CHOICE', options, 'SIMPLE_MAJORITY', ['Option A', 'Option B'])).toMatchObject({ passed: false, winningOption: null });
    expect(tallyVote('CHOICE', options, 'TWO_THIRDS', ['Option C', 'Option C', 'Option A'])).toMatchObject({ passed: true, winningOption: 'Option C' });
    expect(tallyVote('CHOICE', options, 'TWO_THIRDS', ['Option C', 'Option C', 'Option A', 'Option B'])).toMatchObject({ passed: false });
    expect(tallyVote('CHOICE', options, 'UNANIMITY', ['Option B', 'Option B'])).toMatchObject({ passed: true, winningOption: 'Option B' });
    expect(tallyVote('CHOICE', options, 'UNANIMITY', ['Option B', 'Option A'])).toMatchObject({ passed: false });
  });
});

describe('voteOptions', () => {
  it('gives YES, NO, ABSTAIN to a yes/no/abstain vote, and refuses options for it', () => {
    expect(voteOptions('YES_NO_ABSTAIN', null)).toEqual(YNA);
    expect(voteOptions('YES_NO_ABSTAIN', [])).toEqual(YNA);
    expect(typeof voteOptions('YES_NO_ABSTAIN', ['Oui'])).toBe('string');
  });

  it('takes 2 to 10 distinct, non-empty options for a choice', () => {
    expect(voteOptions('CHOICE', [' Option A ', 'Option B'])).toEqual(['Option A', 'Option B']);
    expect(typeof voteOptions('CHOICE', ['Option A'])).toBe('string');
    expect(
      typeof voteOptions(
        'CHOICE',
        times(11, 'x').map((x, i) => `${x}${i}`),
      ),
    ).toBe('string');
    expect(typeof voteOptions('CHOICE', ['Option A', 'option a'])).toBe('string');
    expect(typeof voteOptions('CHOICE', ['Option A', '  '])).toBe('string');
  });
});
