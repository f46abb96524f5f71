import { PostgresAdapter, sql, type RawBuilder } from 'kysely';
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
