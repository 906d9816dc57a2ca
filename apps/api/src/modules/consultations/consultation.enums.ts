import { registerEnumType } from '@nestjs/graphql';

export enum ConsultationStatus { DRAFT = 'DRAFT', OPEN = 'OPEN', CLOSED = 'CLOSED' }
export enum QuestionKind { TEXT = 'TEXT', SINGLE_CHOICE = 'SINGLE_CHOICE', MULTIPLE_CHOICE = 'MULTIPLE_CHOICE', SCALE = 'SCALE' }

registerEnumType(ConsultationStatus, {
  name: 'ConsultationStatus',
  valuesMap: {
    DRAFT: { description: 'Being prepared: only those who sit at the running table see it.' },
    OPEN: { description: 'Invited organizations answer until closesAt.' },
    CLOSED: { description: 'Closed by an officer, or by itself at closesAt: no more answers.' },
  },
});
registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  valuesMap: { SCALE: { description: 'An integer from 1 to 5.' } },
});

/** The bounds of a SCALE answer. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
/** Limits of a questionnaire, beyond the contract's title and body lengths. */
export const MAX_QUESTIONS = 100;
export const MAX_OPTIONS = 50;
export const MAX_PROMPT_LENGTH = 1000;
export const MAX_AUDIENCE_TABLES = 200;
