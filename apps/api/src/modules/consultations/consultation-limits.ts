/** The bounds of a SCALE answer. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
/** Limits of a questionnaire, beyond the contract's title and body lengths. */
export const MAX_QUESTIONS = 100;
export const MAX_OPTIONS = 50;
export const MAX_PROMPT_LENGTH = 1000;
export const MAX_AUDIENCE_TABLES = 200;
