import { type EnumValue, VoteMethod, VoteThreshold } from './enums';

/** The options of a YES_NO_ABSTAIN vote, in this order. */
export const YES_NO_ABSTAIN_OPTIONS = ['YES', 'NO', 'ABSTAIN'] as const;
export const MIN_CHOICE_OPTIONS = 2;
export const MAX_CHOICE_OPTIONS = 10;
export const MAX_VOTE_QUESTION_LENGTH = 500;
export const MAX_VOTE_OPTION_LENGTH = 200;

export interface Tally {
  /** Counts per option, in the order of the options. */
  results: Array<{ option: string; count: number }>;
  passed: boolean;
  /** For CHOICE, the option that met the threshold; null otherwise. */
  winningOption: string | null;
}

/**
 * Counts the ballots and applies the threshold. YES_NO_ABSTAIN: the base is YES + NO (ABSTAIN is
 * never in it); a simple majority is more YES than NO, two thirds is YES at least two thirds of
 * the base, unanimity is no NO and at least one YES. CHOICE: the base is every ballot cast; one
 * option needs more than half of them, at least two thirds, or all of them. With an empty base
 * nothing passes.
 */
export function tallyVote(method: EnumValue<VoteMethod>, options: readonly string[], threshold: EnumValue<VoteThreshold>, choices: readonly string[]): Tally {
  const results = options.map((option) => ({ option, count: choices.filter((c) => c === option).length }));
  const count = (option: string) => results.find((r) => r.option === option)?.count ?? 0;
  if (method === VoteMethod.YES_NO_ABSTAIN) {
    const yes = count('YES');
    const no = count('NO');
    return { results, passed: meets(threshold, yes, yes + no, no === 0), winningOption: null };
  }
  const total = choices.length;
  const winner = results.find((r) => meets(threshold, r.count, total, r.count === total));
  return { results, passed: winner !== undefined, winningOption: winner?.option ?? null };
}

/** Whether `favour` out of `base` meets the threshold; `unanimous` says no one chose otherwise. */
function meets(threshold: EnumValue<VoteThreshold>, favour: number, base: number, unanimous: boolean): boolean {
  if (favour === 0 || base === 0) return false;
  switch (threshold) {
    case VoteThreshold.SIMPLE_MAJORITY:
      return 2 * favour > base;
    case VoteThreshold.TWO_THIRDS:
      return 3 * favour >= 2 * base;
    case VoteThreshold.UNANIMITY:
      return unanimous;
    default:
      return false;
  }
}

/**
 * The options of a vote as opened: YES, NO, ABSTAIN for YES_NO_ABSTAIN (none may be given); for
 * CHOICE, 2 to 10 distinct non-empty options, trimmed. A string names what is wrong otherwise.
 */
export function voteOptions(method: EnumValue<VoteMethod>, given: readonly string[] | null | undefined): string[] | string {
  if (method === VoteMethod.YES_NO_ABSTAIN) return given && given.length > 0 ? 'A yes/no/abstain vote takes no options.' : [...YES_NO_ABSTAIN_OPTIONS];
  const options = (given ?? []).map((o) => o.trim());
  if (options.length < MIN_CHOICE_OPTIONS || options.length > MAX_CHOICE_OPTIONS)
    return `A choice takes ${MIN_CHOICE_OPTIONS} to ${MAX_CHOICE_OPTIONS} options.`;
  if (options.some((o) => o.length === 0 || o.length > MAX_VOTE_OPTION_LENGTH)) return `Each option has 1 to ${MAX_VOTE_OPTION_LENGTH} characters.`;
  if (new Set(options.map((o) => o.toLocaleLowerCase())).size !== options.length) return 'The options must differ.';
  return options;
}
