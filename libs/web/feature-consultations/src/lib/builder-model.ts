import { instantToWallTime, MAX_BODY_LENGTH, MAX_TITLE_LENGTH, wallTimeToInstant } from '@concertation/shared-domain';
import type { CreateConsultationInput, QuestionKind } from '@concertation/web-data-access';
import type { MessageKey, MessageParams } from '@concertation/web-i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The API's bounds for a questionnaire (the API's rules, docs/api-guide.md). */
export const MAX_QUESTIONS = 100;
export const MAX_OPTIONS = 50;
export const MAX_PROMPT_LENGTH = 1000;
export const MAX_OPTION_LENGTH = MAX_TITLE_LENGTH;
export const QUESTION_KINDS: readonly QuestionKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'TEXT'];

export const isChoiceKind = (kind: QuestionKind) => kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

/** A question being written. `key` stays with it while it moves, so that focus and errors follow it. */
export interface QuestionDraft {
  key: string;
  kind: QuestionKind;
  prompt: string;
  /** Kept when the kind changes to one without options, so that changing back loses nothing. */
  options: string[];
  required: boolean;
}

export interface BuilderValues {
  title: string;
  description: string;
  closesDate: string;
  closesTime: string;
  audience: string[];
  questions: QuestionDraft[];
}

/** Field names: the consultation's own, then `<question key>.prompt`, `.options` and `.option.<index>`. */
export type BuilderErrors = Record<string, string>;

export const promptField = (key: string) => `${key}.prompt`;
export const optionsField = (key: string) => `${key}.options`;
export const optionField = (key: string, index: number) => `${key}.option.${index}`;

let counter = 0;
export function newQuestion(kind: QuestionKind): QuestionDraft {
  counter += 1;
  return { key: `q${counter}`, kind, prompt: '', options: isChoiceKind(kind) ? ['', ''] : [], required: false };
}

/** Two weeks from now at 17:00 in the table's zone: a usual delay for an organization to answer. */
export function emptyBuilderValues(timeZone: string, now = new Date()): BuilderValues {
  const { date } = instantToWallTime(new Date(now.getTime() + 14 * 24 * 3_600_000), timeZone);
  return { title: '', description: '', closesDate: date, closesTime: '17:00', audience: [], questions: [] };
}

/**
 * A DRAFT as the builder holds it: its closing in the table's zone, its audience, its questions
 * (each with a new key; the API gives the saved ones new ids anyway).
 */
export function valuesFromConsultation(
  consultation: {
    title: string;
    description?: string | null;
    closesAt: string;
    audienceTables: ReadonlyArray<{ id: string }>;
    questions: ReadonlyArray<{ kind: QuestionKind; prompt: string; options: readonly string[]; required: boolean }>;
  },
  timeZone: string,
): BuilderValues {
  const closes = instantToWallTime(consultation.closesAt, timeZone);
  return {
    title: consultation.title,
    description: consultation.description ?? '',
    closesDate: closes.date,
    closesTime: closes.time,
    audience: consultation.audienceTables.map((table) => table.id),
    questions: consultation.questions.map((question) => ({
      ...newQuestion(question.kind),
      prompt: question.prompt,
      options: isChoiceKind(question.kind) ? [...question.options] : [],
      required: question.required,
    })),
  };
}

/** The fields whose message a change to a question makes stale: its prompt's, or its options'. */
export function questionFieldsChanged(question: QuestionDraft, patch: Partial<QuestionDraft>): string[] {
  const fields: string[] = [];
  if ('prompt' in patch) fields.push(promptField(question.key));
  if ('options' in patch || 'kind' in patch) {
    const count = Math.max(question.options.length, patch.options?.length ?? 0);
    fields.push(optionsField(question.key), ...Array.from({ length: count }, (_, index) => optionField(question.key, index)));
  }
  return fields;
}

/** Moves the question at `from` by one place up (-1) or down (+1); the list is unchanged at an edge. */
export function moveQuestion(questions: readonly QuestionDraft[], from: number, step: -1 | 1): QuestionDraft[] {
  const to = from + step;
  if (from < 0 || from >= questions.length || to < 0 || to >= questions.length) return [...questions];
  const next = [...questions];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

function validateQuestion(question: QuestionDraft, t: Translate, errors: BuilderErrors): void {
  const prompt = question.prompt.trim();
  if (!prompt) errors[promptField(question.key)] = t('validation.required');
  else if (prompt.length > MAX_PROMPT_LENGTH) errors[promptField(question.key)] = t('consultations.builder.errors.promptTooLong', { max: MAX_PROMPT_LENGTH });
  if (!isChoiceKind(question.kind)) return;
  const options = question.options.map((option) => option.trim());
  options.forEach((option, index) => {
    if (!option) errors[optionField(question.key, index)] = t('consultations.builder.errors.optionEmpty');
    else if (option.length > MAX_OPTION_LENGTH)
      errors[optionField(question.key, index)] = t('consultations.builder.errors.optionTooLong', { max: MAX_OPTION_LENGTH });
  });
  const filled = options.filter(Boolean);
  if (options.length < 2) errors[optionsField(question.key)] = t('consultations.builder.errors.fewOptions');
  else if (options.length > MAX_OPTIONS) errors[optionsField(question.key)] = t('consultations.builder.errors.manyOptions', { max: MAX_OPTIONS });
  else if (new Set(filled).size !== filled.length) errors[optionsField(question.key)] = t('consultations.builder.errors.duplicateOptions');
}

/** The input for `createConsultation`, or a message for each field that is wrong. */
export function validateBuilder(
  values: BuilderValues,
  { tableId, timeZone, now = new Date(), t }: { tableId: string; timeZone: string; now?: Date; t: Translate },
) {
  const errors: BuilderErrors = {};
  const title = values.title.trim();
  if (!title) errors['title'] = t('validation.required');
  else if (title.length > MAX_TITLE_LENGTH) errors['title'] = t('validation.tooLong', { max: MAX_TITLE_LENGTH });
  const description = values.description.trim();
  if (description.length > MAX_BODY_LENGTH) errors['description'] = t('validation.tooLong', { max: MAX_BODY_LENGTH });
  if (!values.closesDate) errors['closesDate'] = t('validation.required');
  if (!values.closesTime) errors['closesTime'] = t('validation.required');
  const closesAt = values.closesDate && values.closesTime ? wallTimeToInstant(values.closesDate, values.closesTime, timeZone) : null;
  if (values.closesDate && values.closesTime) {
    if (!closesAt) errors['closesDate'] = t('consultations.builder.errors.closesInvalid');
    else if (closesAt.getTime() <= now.getTime()) errors['closesDate'] = t('consultations.builder.errors.closesPast');
  }
  if (values.audience.length === 0) errors['audience'] = t('consultations.builder.errors.audience');
  if (values.questions.length === 0) errors['questions'] = t('consultations.builder.errors.noQuestions');
  else if (values.questions.length > MAX_QUESTIONS) errors['questions'] = t('consultations.builder.errors.tooManyQuestions', { max: MAX_QUESTIONS });
  for (const question of values.questions) validateQuestion(question, t, errors);

  if (Object.keys(errors).length > 0 || !closesAt) return { errors, input: null };
  const input: CreateConsultationInput = {
    tableId,
    title,
    description: description || null,
    closesAt: closesAt.toISOString(),
    audienceTableIds: values.audience,
    questions: values.questions.map((question) => ({
      kind: question.kind,
      prompt: question.prompt.trim(),
      required: question.required,
      ...(isChoiceKind(question.kind) ? { options: question.options.map((option) => option.trim()) } : {}),
    })),
  };
  return { errors, input };
}

/** The API names fields by their input path (`questions.2.options`): each goes to the field on screen. */
export function serverFieldErrors(fields: Record<string, string>, questions: readonly QuestionDraft[]): BuilderErrors {
  const errors: BuilderErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    if (field === 'title' || field === 'description') errors[field] = message;
    else if (field === 'closesAt') errors['closesDate'] = message;
    else if (field === 'audienceTableIds') errors['audience'] = message;
    else if (field === 'questions') errors['questions'] = message;
    else {
      const match = /^questions\.(\d+)\.(prompt|options|kind)/.exec(field);
      const question = match ? questions[Number(match[1])] : undefined;
      if (question && match) errors[match[2] === 'prompt' ? promptField(question.key) : optionsField(question.key)] = message;
    }
  }
  return errors;
}
