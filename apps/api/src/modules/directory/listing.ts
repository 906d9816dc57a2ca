import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { foldForSearch, isUuid } from '@concertation/shared-domain';
import { badInput } from '../../core/errors/domain-errors';
import { type Connection, decodeCursor, toConnection } from '../../core/graphql/page';

/**
 * The LIKE pattern that finds the folded query anywhere in a stored `search_key` (both sides go
 * through foldForSearch, so `montreal` finds `Montréal`); null when there is nothing to search.
 * `%`, `_` and `\` typed by the user are matched literally (use with LIKE_ESCAPE).
 */
function substringPattern(search: string | null | undefined): string | null {
  if (search === null || search === undefined) return null;
  const folded = foldForSearch(search);
  if (folded === '') return null;
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The ESCAPE clause that goes with substringPattern. */
const LIKE_ESCAPE = `ESCAPE '\\'`;

/** Keeps the rows of `query` (on the entity `alias`) whose search_key holds `search`, folded; all of them when there is nothing to search. */
export function whereSearchMatches(query: SelectQueryBuilder<ObjectLiteral>, alias: string, search: string | null | undefined): void {
  const pattern = substringPattern(search);
  if (pattern) query.andWhere(`${alias}.search_key LIKE :pattern ${LIKE_ESCAPE}`, { pattern });
}

/** The [name, id] key of a list ordered by name then id, read back from an `after` cursor. */
export function decodeNameCursor(after: string | null | undefined): { name: string; id: string } | null {
  const key = decodeCursor(after, 2);
  if (!key) return null;
  const [name, id] = key;
  if (typeof name !== 'string' || !isUuid(id)) throw badInput('after is not a cursor this list gave out.', 'after');
  return { name, id };
}

/**
 * The page of a directory list after `after` (from decodeNameCursor), ordered by name then id.
 * `query` (on the entity `alias`) holds the filters; totalCount counts every match, not the page.
 */
export async function pageByName<T extends ObjectLiteral & { name: string; id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  limit: number,
  after: { name: string; id: string } | null,
): Promise<Connection<T>> {
  const totalCount = await query.getCount();
  if (after) query.andWhere(`(${alias}.name, ${alias}.id) > (:afterName, :afterId)`, { afterName: after.name, afterId: after.id });
  const rows = await query
    .orderBy(`${alias}.name`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (row) => [row.name, row.id]);
}
