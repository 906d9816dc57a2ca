import type { Messages } from './types';

/** English for fr-search.ts: typed by the French source. */
export const enSearch: Pick<Messages, 'search'> = {
  search: {},
};
