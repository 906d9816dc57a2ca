import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The French and English halves of a search document, with a weight (A: titles, B: descriptions, C: notes). */
const both = (column: string, weight: 'A' | 'B' | 'C') =>
  `setweight(to_tsvector('concertation_fr', coalesce(${column}, '')), '${weight}') || ` +
  `setweight(to_tsvector('concertation_en', coalesce(${column}, '')), '${weight}')`;

/**
 * Full-text search (docs/api-guide.md, "Rules of the domain"): French and English stemming, accents and case
 * ignored. Two text search configurations run `unaccent` before each language's stemmer, so that
 * `décisions`, `decision` and `Décision` meet on one lexeme. Each searchable row keeps its document
 * in a generated column (kept up to date by PostgreSQL on every write) with a GIN index, so that a
 * search answers from the index rather than by reading every row.
 * `unaccent` is a trusted extension: the database owner may create it (PostgreSQL 13+).
 */
export class Search1764500000200 implements MigrationInterface {
  name = 'Search1764500000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;

      CREATE TEXT SEARCH CONFIGURATION concertation_fr (COPY = pg_catalog.french);
      ALTER TEXT SEARCH CONFIGURATION concertation_fr
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
      CREATE TEXT SEARCH CONFIGURATION concertation_en (COPY = pg_catalog.english);
      ALTER TEXT SEARCH CONFIGURATION concertation_en
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

      ALTER TABLE meeting ADD COLUMN search_doc tsvector
        GENERATED ALWAYS AS (${both('title', 'A')}) STORED;
      CREATE INDEX meeting_search_idx ON meeting USING gin (search_doc);

      ALTER TABLE agenda_item ADD COLUMN search_doc tsvector
        GENERATED ALWAYS AS (${both('title', 'A')} || ${both('description', 'B')} || ${both('notes', 'C')}) STORED;
      CREATE INDEX agenda_item_search_idx ON agenda_item USING gin (search_doc);

      ALTER TABLE decision ADD COLUMN search_doc tsvector
        GENERATED ALWAYS AS (${both('text', 'A')}) STORED;
      CREATE INDEX decision_search_idx ON decision USING gin (search_doc);

      ALTER TABLE action_item ADD COLUMN search_doc tsvector
        GENERATED ALWAYS AS (${both('title', 'A')} || ${both('description', 'B')}) STORED;
      CREATE INDEX action_item_search_idx ON action_item USING gin (search_doc);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE action_item DROP COLUMN search_doc;
      ALTER TABLE decision DROP COLUMN search_doc;
      ALTER TABLE agenda_item DROP COLUMN search_doc;
      ALTER TABLE meeting DROP COLUMN search_doc;
      DROP TEXT SEARCH CONFIGURATION concertation_en;
      DROP TEXT SEARCH CONFIGURATION concertation_fr;
    `);
  }
}
