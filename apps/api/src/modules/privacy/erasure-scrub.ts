import type { EntityManager } from 'typeorm';
import { FORMER_PARTICIPANT_IN_TEXT, foldForSearch } from '@concertation/shared-domain';

/** What identified the person, as it was before the erasure. */
export interface PersonTrace {
  displayName: string;
  email: string;
}

/**
 * Notification parameters that name a person, by kind: after an erasure, those naming the erased
 * person hold an empty name, which each reader reads as « Ancien participant » / "Former
 * participant" (shownName). One line per kind that names someone.
 */
export const NAMED_NOTIFICATION_PARAMS: ReadonlyArray<{ kind: string; param: string }> = [
  { kind: 'AFFILIATION_REQUESTED', param: 'displayName' },
  { kind: 'SUBSTITUTE_INVITED', param: 'senderName' },
];

/** Regular-expression characters escaped, for a literal inside a PostgreSQL (ARE) pattern. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[[:space:]]+');

/**
 * A full name is replaced wherever it stands in text; a one-word name only where it names the
 * person for sure (their row, the notifications above): replacing every « Camille » of every
 * minutes would rewrite what others wrote about other people.
 */
export const isFullName = (name: string) => name.trim().split(/\s+/).length >= 2;

/**
 * The PostgreSQL pattern of the person's traces in text: the e-mail address (not inside a longer
 * one), and the full name as whole words, also without accents (how `search_key` columns fold it).
 * `jsonEscaped`: as the strings appear in a json(b) column's text (quotes and backslashes escaped).
 */
export function tracePattern(trace: PersonTrace, jsonEscaped = false): string {
  const form = (text: string) => literal(jsonEscaped ? JSON.stringify(text).slice(1, -1) : text);
  const names = isFullName(trace.displayName) ? [...new Set([trace.displayName.trim(), foldForSearch(trace.displayName)])] : [];
  const alternatives = [`(?<![[:alnum:]_.+-])${form(trace.email)}(?![[:alnum:]_-])`, ...names.map((name) => `(?<![[:alnum:]_])${form(name)}(?![[:alnum:]_])`)];
  return `(?:${alternatives.join('|')})`;
}

interface TextColumn {
  table_name: string;
  column_name: string;
  data_type: string;
  character_maximum_length: number | null;
}

const quoted = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Replaces the person's e-mail address and full name in every text, varchar and json(b) column of
 * every table (docs/api-guide.md, "Privacy and erasure"): free text others wrote (minutes, notes,
 * updates), stored notification parameters, file names, whatever a later migration adds. The
 * columns are read from the catalogue at each erasure, so that a new column is covered without a
 * change here. Generated columns (the search index, `search_doc`) follow their sources. One
 * UPDATE per table, touching only the rows that hold a trace.
 */
export async function scrubTraces(manager: EntityManager, trace: PersonTrace): Promise<void> {
  const columns: TextColumn[] = await manager.query(
    `SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'json', 'jsonb')
        AND c.is_generated = 'NEVER'
        AND c.table_name <> 'migrations'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, TextColumn[]>();
  for (const column of columns) byTable.set(column.table_name, [...(byTable.get(column.table_name) ?? []), column]);
  const values = {
    text: tracePattern(trace),
    json: tracePattern(trace, true),
    words: FORMER_PARTICIPANT_IN_TEXT,
    folded: foldForSearch(FORMER_PARTICIPANT_IN_TEXT),
  };
  for (const [table, tableColumns] of byTable) {
    // Only the parameters this statement uses: PostgreSQL refuses one it cannot give a type to.
    const params: string[] = [];
    const param = (name: keyof typeof values) => {
      const at = params.indexOf(values[name]);
      return `$${at >= 0 ? at + 1 : params.push(values[name])}::text`;
    };
    const sets: string[] = [];
    const tests: string[] = [];
    for (const { column_name, data_type, character_maximum_length: limit } of tableColumns) {
      const column = quoted(column_name);
      const json = data_type === 'json' || data_type === 'jsonb';
      const text = json ? `${column}::text` : column;
      const pattern = param(json ? 'json' : 'text');
      let replaced = `regexp_replace(${text}, ${pattern}, ${param(column_name === 'search_key' ? 'folded' : 'words')}, 'gi')`;
      // The words may be longer than the name they replace: a bounded column keeps its bound.
      if (json) replaced = `${replaced}::${data_type}`;
      else if (limit) replaced = `left(${replaced}, ${Number(limit)})`;
      tests.push(`${text} ~* ${pattern}`);
      sets.push(`${column} = CASE WHEN ${text} ~* ${pattern} THEN ${replaced} ELSE ${column} END`);
    }
    await manager.query(`UPDATE ${quoted(table)} SET ${sets.join(', ')} WHERE ${tests.join(' OR ')}`, params);
  }
}

/** The notifications of others that name the erased person (NAMED_NOTIFICATION_PARAMS) now name nobody. */
export async function unnameInNotifications(manager: EntityManager, displayName: string): Promise<void> {
  for (const { kind, param } of NAMED_NOTIFICATION_PARAMS) {
    await manager.query(`UPDATE notification SET params = jsonb_set(params, ARRAY[$2::text], '""'::jsonb) WHERE kind = $1 AND params ->> $2 = $3`, [
      kind,
      param,
      displayName,
    ]);
  }
}
