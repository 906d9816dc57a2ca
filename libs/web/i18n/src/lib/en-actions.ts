import type { Messages } from './types';

/** English for fr-actions.ts: typed by the French source. */
export const enActions: Pick<Messages, 'actions'> = {
  actions: {},
};
