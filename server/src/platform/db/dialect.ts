import { PostgresAdapter, sql, type Expression, type RawBuilder } from 'kysely';
import type { Executor } from './audit.js';

/** The few SQL expressions that differ between the dialects, decided here and nowhere else. */
export const isPostgresDb = (db: Executor): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The period a timestamp falls in, as text: `YYYY-MM` for months, the Monday `YYYY-MM-DD` for
 * weeks (ISO weeks, UTC) — the same strings on both dialects.
 */
export function periodOf(
  db: Executor,
  column: string,
  interval: 'week' | 'month',
): RawBuilder<string> {
  const col = sql.ref(column);
  if (isPostgresDb(db)) {
    return interval === 'month'
      ? sql<string>`to_char(${col}, 'YYYY-MM')`
      : sql<string>`to_char(date_trunc('week', ${col}), 'YYYY-MM-DD')`;
  }
  return interval === 'month'
    ? sql<string>`substr(${col}, 1, 7)`
    : sql<string>`date(${col}, 'weekday 0', '-6 days')`;
}

/**
 * An aggregate of the rows as one JSON array of arrays (each row's `columns` in order), built by
 * the database: for answers of hundreds of short rows, where turning every value into a
 * JavaScript value one by one costs more than the query (on SQLite 666 rows of four columns took
 * 1.6 ms as values, 0.6 as one text), and for a few rows per row of a page, folded into the
 * page's statement. The rows come in `orderBy`'s order (an aggregate's own ORDER BY, on both
 * dialects); without it their order is not kept. Read it with `jsonArrays`.
 */
export function jsonArraysOf(
  db: Executor,
  columns: Expression<unknown>[],
  orderBy?: Expression<unknown>,
): RawBuilder<unknown> {
  const values = sql.join(columns);
  const order = orderBy ? sql` order by ${orderBy}` : sql``;
  return isPostgresDb(db)
    ? sql`coalesce(json_agg(json_build_array(${values})${order}), '[]'::json)`
    : sql`json_group_array(json_array(${values})${order})`;
}

/** The rows of a `jsonArraysOf` aggregate (SQLite gives its text, PostgreSQL's driver parses it). */
export function jsonArrays(value: unknown): unknown[][] {
  const rows: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(rows)) throw new TypeError('Expected a JSON array of rows');
  return rows as unknown[][];
}
