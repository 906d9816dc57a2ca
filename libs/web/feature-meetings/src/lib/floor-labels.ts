import { YES_NO_ABSTAIN_OPTIONS } from '@concertation/shared-domain';
import type { MeetingVote } from '@concertation/web-data-access';
import type { MessageKey, MessageParams } from '@concertation/web-i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;
type YesNoAbstain = (typeof YES_NO_ABSTAIN_OPTIONS)[number];

const isYesNoAbstain = (option: string): option is YesNoAbstain => (YES_NO_ABSTAIN_OPTIONS as readonly string[]).includes(option);

/**
 * An option as people read it: « Pour », « Contre », « Abstention » for a yes/no/abstain vote (the
 * API's YES, NO, ABSTAIN), the chair's own words for a choice.
 */
export function choiceLabel(vote: Pick<MeetingVote, 'method'>, option: string, t: Translate): string {
  return vote.method === 'YES_NO_ABSTAIN' && isYesNoAbstain(option) ? t(`votes.choices.${option}` as const) : option;
}

/** « Pour, contre ou abstention · Majorité simple ». */
export function voteRule(vote: Pick<MeetingVote, 'method' | 'threshold'>, t: Translate): string {
  return t('votes.rule', { method: t(`votes.methods.${vote.method}` as const), threshold: t(`votes.thresholds.${vote.threshold}` as const) });
}

/** What a closed vote decided, in one sentence: adopted or rejected, by which threshold. */
export function resultSentence(vote: Pick<MeetingVote, 'passed' | 'threshold'>, t: Translate): string {
  const threshold = t(`votes.thresholds.${vote.threshold}` as const);
  return t(vote.passed ? 'votes.result.passed' : 'votes.result.failed', { threshold });
}
