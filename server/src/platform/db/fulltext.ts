import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from './audit.js';
import { isPostgresDb } from './dialect.js';

/** Words of a search box: letters and digits of any script, lower-cased, at most 8. */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

export interface FullTextIndex {
  /** PostgreSQL: the tsvector column, e.g. `a.search`. */
  vector: string;
  /** SQLite: the FTS5 table and its column holding the record id. */
  ftsTable: string;
  ftsIdColumn: string;
  /** The record's id column, e.g. `a.id`. */
  idColumn: string;
  /** SQLite: bm25 weights of the FTS5 columns in order (PostgreSQL weighs with setweight). */
  ftsWeights: number[];
}

/**
 * Full-text match of every search word (as a prefix), and a rank where lower is better: the two
 * dialects' engines (FTS5 with bm25 / tsvector with ts_rank) behind one shape, decided here only.
 * Returns null when the text has no searchable words.
 */
export function fullTextMatch(
  db: Executor,
  index: FullTextIndex,
  text: string,
): { where: RawBuilder<SqlBool>; rank: RawBuilder<number> } | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  if (isPostgresDb(db)) {
    const query = sql`to_tsquery('simple', ${terms.map((t) => `${t}:*`).join(' & ')})`;
    return {
      where: sql<SqlBool>`${sql.ref(index.vector)} @@ ${query}`,
      rank: sql<number>`-ts_rank(${sql.ref(index.vector)}, ${query})`,
    };
  }
  const match = terms.map((t) => `"${t}"*`).join(' AND ');
  const table = sql.table(index.ftsTable);
  const idCol = sql.ref(`${index.ftsTable}.${index.ftsIdColumn}`);
  return {
    where: sql<SqlBool>`${sql.ref(index.idColumn)} in (select ${idCol} from ${table} where ${table} match ${match})`,
    rank: sql<number>`(select bm25(${table}, ${sql.raw(index.ftsWeights.map(Number).join(', '))}) from ${table} where ${table} match ${match} and ${idCol} = ${sql.ref(index.idColumn)})`,
  };
}

/** The records with a search document (migration 0005): their names and contact details. */
export type SearchDocuments = 'client' | 'contact';

/**
 * `<idColumn> in (the records whose search document holds every word of text, as prefixes)` —
 * in the whole document, or in its name part only. Null when the text has no searchable words.
 */
export function matchingDocuments(
  db: Executor,
  kind: SearchDocuments,
  idColumn: string,
  text: string,
  part: 'all' | 'name' = 'all',
): RawBuilder<SqlBool> | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const id = sql.ref(idColumn);
  const table = sql.table(`${kind}_search`);
  if (isPostgresDb(db)) {
    const weight = part === 'name' ? 'A' : '';
    const query = terms.map((t) => `${t}:*${weight}`).join(' & ');
    return sql<SqlBool>`${id} in (select owner_id from ${table} where document @@ to_tsquery('simple', ${query}))`;
  }
  const fts = sql.table(`${kind}_fts`);
  const words = terms.map((t) => `"${t}"*`).join(' AND ');
  const match = part === 'name' ? `name : (${words})` : words;
  return sql<SqlBool>`${id} in (select owner_id from ${table} where id in (select rowid from ${fts} where ${fts} match ${match}))`;
}
