import { foldForSearch, isUuid } from '@concertation/shared-domain';
import { badInput } from '../../core/errors/domain-errors';
import { decodeCursor } from '../../core/graphql/page';

/**
 * The LIKE pattern that finds the folded query anywhere in a stored `search_key` (both sides go
 * through foldForSearch, so `montreal` finds `Montréal`); null when there is nothing to search.
 * `%`, `_` and `\` typed by the user are matched literally (use with LIKE_ESCAPE).
 */
export function substringPattern(search: string | null | undefined): string | null {
  if (search === null || search === undefined) return null;
  const folded = foldForSearch(search);
  if (folded === '') return null;
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The ESCAPE clause that goes with substringPattern. */
export const LIKE_ESCAPE = `ESCAPE '\\'`;

/** The [name, id] key of a list ordered by name then id, read back from an `after` cursor. */
export function decodeNameCursor(after: string | null | undefined): { name: string; id: string } | null {
  const key = decodeCursor(after, 2);
  if (!key) return null;
  const [name, id] = key;
  if (typeof name !== 'string' || !isUuid(id)) throw badInput('after is not a cursor this list gave out.', 'after');
  return { name, id };
}
