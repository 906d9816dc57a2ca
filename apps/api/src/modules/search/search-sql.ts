import type { SearchPolicy } from './search.policy';
import { FRAGMENT_DELIMITER } from './snippet';

export type SearchKind = 'ACTION_ITEM' | 'AGENDA_ITEM' | 'DECISION' | 'MEETING';
export const SEARCH_KINDS: readonly SearchKind[] = ['ACTION_ITEM', 'AGENDA_ITEM', 'DECISION', 'MEETING'];

/**
 * The query in both languages: a document matches when every word matches in French or every
 * word matches in English. websearch_to_tsquery never fails on user syntax (quotes, -, or).
 * $1 is the query text.
 */
const FR = `websearch_to_tsquery('concertation_fr', $1)`;
const EN = `websearch_to_tsquery('concertation_en', $1)`;
const TSQ = `(${FR} || ${EN})`;

/**
 * « and » around the matched words; up to two fragments of a long text, separated by
 * FRAGMENT_DELIMITER. The fragments are cut at the parser's tokens: snippet.ts widens them to
 * whole words of `body`, which the page returns for that.
 */
const HEADLINE = `'StartSel=«, StopSel=», MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"'`;

/**
 * Every hit the viewer may read, as (kind, id, rank, body): one branch per searchable table, each
 * answered from its GIN index (`search_doc @@ query`) and filtered by SearchPolicy's rules.
 * $2 viewer id, $3 viewer organization (may be null), $4 the table to restrict to (may be null).
 */
export function hitsCte(policy: SearchPolicy): string {
  return `
    seats AS (
      SELECT table_id, role FROM table_participant WHERE user_id = $2 AND ($4::uuid IS NULL OR table_id = $4::uuid)
    ),
    meeting_seats AS (
      SELECT m.id AS meeting_id, s.table_id, s.role FROM meeting m JOIN seats s ON s.table_id = m.table_id
      UNION ALL
      -- A substitute's seat: the one meeting they were sent to, as a MEMBER (MeetingsPolicy.seatAt).
      SELECT m.id, m.table_id, 'MEMBER' FROM substitution sub JOIN meeting m ON m.id = sub.meeting_id
      WHERE sub.substitute_id = $2 AND sub.ended_at IS NULL AND ($4::uuid IS NULL OR m.table_id = $4::uuid)
        AND NOT EXISTS (SELECT 1 FROM seats s WHERE s.table_id = m.table_id)
    ),
    hits AS (
      SELECT 'MEETING'::text AS kind, m.id, ts_rank(m.search_doc, ${TSQ})::float8 AS rank, m.title::text AS body
      FROM meeting m JOIN meeting_seats s ON s.meeting_id = m.id
      WHERE m.search_doc @@ ${TSQ}
      UNION ALL
      SELECT 'AGENDA_ITEM', ai.id, ts_rank(ai.search_doc, ${TSQ})::float8, concat_ws(E'\\n', ai.title, ai.description, ai.notes)
      FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id JOIN meeting_seats s ON s.meeting_id = m.id
      WHERE ai.search_doc @@ ${TSQ} AND ${policy.agendaItemVisible()}
      UNION ALL
      SELECT 'DECISION', d.id, ts_rank(d.search_doc, ${TSQ})::float8, d.text
      FROM decision d JOIN meeting m ON m.id = d.meeting_id JOIN meeting_seats s ON s.meeting_id = m.id
      LEFT JOIN agenda_item dai ON dai.id = d.agenda_item_id
      WHERE d.search_doc @@ ${TSQ} AND ${policy.decisionVisible()}
      UNION ALL
      SELECT 'ACTION_ITEM', x.id, ts_rank(x.search_doc, ${TSQ})::float8, concat_ws(E'\\n', x.title, x.description)
      FROM action_item x LEFT JOIN seats s ON s.table_id = x.table_id
      LEFT JOIN agenda_item xai ON xai.id = x.agenda_item_id
      LEFT JOIN decision xd ON xd.id = x.decision_id
      LEFT JOIN agenda_item xdai ON xdai.id = xd.agenda_item_id
      WHERE x.search_doc @@ ${TSQ} AND ($4::uuid IS NULL OR x.table_id = $4::uuid) AND ${policy.actionItemVisible()}
    )`;
}

export function countSql(policy: SearchPolicy): string {
  return `WITH ${hitsCte(policy)} SELECT count(*)::int AS total FROM hits`;
}

/**
 * One page, best match first (ties by kind then id, so that the order is total and cursors are
 * stable). The snippet is made for the page's rows only, in the language whose query matched.
 * $5 the page size + 1; with a cursor, $6 rank, $7 kind, $8 id of the last row seen.
 */
export function pageSql(policy: SearchPolicy, withCursor: boolean): string {
  const after = withCursor ? `WHERE rank < $6::float8 OR (rank = $6::float8 AND (kind, id) > ($7::text, $8::uuid))` : '';
  return `WITH ${hitsCte(policy)}
    SELECT p.kind, p.id, p.rank, p.body,
      CASE WHEN to_tsvector('concertation_fr', p.body) @@ ${FR}
        THEN ts_headline('concertation_fr', p.body, ${FR}, ${HEADLINE})
        ELSE ts_headline('concertation_en', p.body, ${EN}, ${HEADLINE}) END AS snippet
    FROM (SELECT * FROM hits ${after} ORDER BY rank DESC, kind, id LIMIT $5) p
    ORDER BY p.rank DESC, p.kind, p.id`;
}
