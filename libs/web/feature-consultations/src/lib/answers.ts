import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import type { AnswerInput, ConsultationQuestion, ConsultationResponseDetail } from '@concertation/web-data-access';
import type { MessageKey, MessageParams } from '@concertation/web-i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What an organization has put down for one question; only the part of its kind counts. */
export interface AnswerValue {
  choices: string[];
  scale: number | null;
  text: string;
}

/** Answers by question id. */
export type AnswerValues = Record<string, AnswerValue>;

export const EMPTY_ANSWER: AnswerValue = { choices: [], scale: null, text: '' };

export function answerOf(values: AnswerValues, questionId: string): AnswerValue {
  return values[questionId] ?? EMPTY_ANSWER;
}

/** The form as the organization last submitted it. */
export function valuesFromResponse(response: ConsultationResponseDetail | null | undefined): AnswerValues {
  const values: AnswerValues = {};
  for (const answer of response?.answers ?? []) {
    values[answer.question.id] = { choices: [...answer.choices], scale: answer.scale, text: answer.text ?? '' };
  }
  return values;
}

const answered = (question: ConsultationQuestion, value: AnswerValue) => {
  switch (question.kind) {
    case 'TEXT':
      return value.text.trim().length > 0;
    case 'SCALE':
      return value.scale !== null;
    default:
      return value.choices.some((choice) => question.options.includes(choice));
  }
};

/** A message for each question that is not answered as it must be, by question id. */
export function validateAnswers(questions: readonly ConsultationQuestion[], values: AnswerValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const question of questions) {
    const value = answerOf(values, question.id);
    if (question.required && !answered(question, value)) errors[question.id] = t('consultations.response.requiredMissing');
    else if (question.kind === 'TEXT' && value.text.trim().length > MAX_BODY_LENGTH)
      errors[question.id] = t('consultations.response.textTooLong', { max: MAX_BODY_LENGTH });
  }
  return errors;
}

/**
 * The answers to send, in the order of the questions, each with the part of its kind only;
 * unanswered questions are left out (the API refuses an empty answer's parts).
 */
export function toAnswerInputs(questions: readonly ConsultationQuestion[], values: AnswerValues): AnswerInput[] {
  return questions.flatMap((question): AnswerInput[] => {
    const value = answerOf(values, question.id);
    if (!answered(question, value)) return [];
    if (question.kind === 'TEXT') return [{ questionId: question.id, text: value.text.trim() }];
    if (question.kind === 'SCALE') return [{ questionId: question.id, scale: value.scale }];
    // In the order of the options, and only options that still exist.
    const choices = question.options.filter((option) => value.choices.includes(option));
    return [{ questionId: question.id, choices: question.kind === 'SINGLE_CHOICE' ? choices.slice(0, 1) : choices }];
  });
}

/** A draft kept in this browser, for one consultation and one organization. */
export interface StoredDraft {
  savedAt: string;
  values: AnswerValues;
}

export const draftKey = (consultationId: string, organizationId: string) => `concertation.consultationDraft:${consultationId}:${organizationId}`;

function isAnswerValue(value: unknown): value is AnswerValue {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  return (
    Array.isArray(candidate['choices']) &&
    candidate['choices'].every((choice) => typeof choice === 'string') &&
    (candidate['scale'] === null || typeof candidate['scale'] === 'number') &&
    typeof candidate['text'] === 'string'
  );
}

/** The stored draft, or null when there is none or it cannot be read (another version, storage refused). */
export function loadDraft(consultationId: string, organizationId: string): StoredDraft | null {
  try {
    const raw = globalThis.localStorage?.getItem(draftKey(consultationId, organizationId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { savedAt?: unknown; values?: unknown };
    if (typeof parsed.savedAt !== 'string' || !parsed.values || typeof parsed.values !== 'object') return null;
    const values: AnswerValues = {};
    for (const [questionId, value] of Object.entries(parsed.values as Record<string, unknown>)) if (isAnswerValue(value)) values[questionId] = value;
    return { savedAt: parsed.savedAt, values };
  } catch {
    return null;
  }
}

/** Keeps the draft; false when the browser refuses storage (private browsing, full quota). */
export function saveDraft(consultationId: string, organizationId: string, values: AnswerValues, at = new Date()): StoredDraft | null {
  const draft: StoredDraft = { savedAt: at.toISOString(), values };
  try {
    globalThis.localStorage?.setItem(draftKey(consultationId, organizationId), JSON.stringify(draft));
    return draft;
  } catch {
    return null;
  }
}

export function clearDraft(consultationId: string, organizationId: string): void {
  try {
    globalThis.localStorage?.removeItem(draftKey(consultationId, organizationId));
  } catch {
    // Nothing kept, nothing to remove.
  }
}
