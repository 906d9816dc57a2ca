import type { Messages } from './types';

/** English for fr-minutes.ts: typed by the French source. */
export const enMinutes: Pick<Messages, 'minutes'> = {
  minutes: {},
};
