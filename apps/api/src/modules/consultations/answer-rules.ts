import { isUuid, MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { badInput, notFound } from '../../core/errors/domain-errors';
import type { ConsultationQuestionEntity, StoredAnswer } from './consultation.entity';
import { SCALE_MAX, SCALE_MIN } from './consultation-limits';
import type { QuestionInput } from './dto/create-consultation.input';
import type { AnswerInput } from './dto/consultation.args';

/** The options a question keeps: two or more distinct ones for choice questions, none for the others. */
export function questionOptions(question: QuestionInput, index: number): string[] {
  const field = `questions.${index}.options`;
  const options = question.options ?? [];
  const choice = question.kind === 'SINGLE_CHOICE' || question.kind === 'MULTIPLE_CHOICE';
  if (!choice) {
    if (options.length > 0) throw badInput(`A ${question.kind} question has no options.`, field);
    return [];
  }
  if (options.length < 2) throw badInput('A choice question needs at least two options.', field);
  if (new Set(options).size !== options.length) throw badInput('The options of a question must differ.', field);
  return options;
}

/**
 * Checks a submission against the questionnaire and gives the answers to store, in the order of
 * the questions. An answer that says nothing (no text, no choice, no scale) counts as no answer.
 * A malformed or unknown questionId is NOT_FOUND; one of another consultation, a second answer
 * to a question, a missing required answer, or an answer that does not fit its question's kind,
 * options, bounds or length is BAD_USER_INPUT.
 */
export function checkAnswers(questions: ConsultationQuestionEntity[], answers: AnswerInput[], knownQuestionIds: Set<string>): StoredAnswer[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const given = new Map<string, StoredAnswer>();
  answers.forEach((answer, index) => {
    const field = `answers.${index}`;
    if (!isUuid(answer.questionId) || (!byId.has(answer.questionId) && !knownQuestionIds.has(answer.questionId))) throw notFound('question');
    const question = byId.get(answer.questionId);
    if (!question) throw badInput('This question belongs to another consultation.', `${field}.questionId`);
    if (given.has(question.id)) throw badInput('A question is answered at most once.', `${field}.questionId`);
    const stored = checkAnswer(question, answer, field);
    if (stored) given.set(question.id, stored);
  });
  for (const question of questions) {
    if (question.required && !given.has(question.id)) throw badInput(`Question ${question.position} requires an answer.`, 'answers');
  }
  return questions.flatMap((q) => given.get(q.id) ?? []);
}

function checkAnswer(question: ConsultationQuestionEntity, answer: AnswerInput, field: string): StoredAnswer | null {
  const text = typeof answer.text === 'string' ? answer.text.trim() : null;
  const choices = answer.choices ?? [];
  const scale = answer.scale ?? null;
  const empty = !text && choices.length === 0 && scale === null;
  if (empty) return null;
  const base: StoredAnswer = { questionId: question.id, text: null, choices: [], scale: null };
  switch (question.kind) {
    case 'TEXT':
      if (choices.length > 0 || scale !== null) throw badInput('A TEXT question takes a text only.', field);
      if (!text) throw badInput('The answer must not be empty.', `${field}.text`);
      if (text.length > MAX_BODY_LENGTH) throw badInput(`An answer must be at most ${MAX_BODY_LENGTH} characters.`, `${field}.text`);
      return { ...base, text };
    case 'SCALE':
      if (text || choices.length > 0) throw badInput('A SCALE question takes a scale only.', field);
      if (scale === null || !Number.isInteger(scale) || scale < SCALE_MIN || scale > SCALE_MAX)
        throw badInput(`scale must be an integer from ${SCALE_MIN} to ${SCALE_MAX}.`, `${field}.scale`);
      return { ...base, scale };
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      if (text || scale !== null) throw badInput('A choice question takes choices only.', field);
      if (question.kind === 'SINGLE_CHOICE' && choices.length !== 1) throw badInput('Choose exactly one option.', `${field}.choices`);
      if (new Set(choices).size !== choices.length) throw badInput('An option is chosen at most once.', `${field}.choices`);
      if (!choices.every((c) => question.options.includes(c))) throw badInput('Choose among the options of the question.', `${field}.choices`);
      // Kept in the order of the question's options, whatever order they came in.
      return { ...base, choices: question.options.filter((o) => choices.includes(o)) };
  }
}
