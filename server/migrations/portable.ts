/**
 * Column types that differ between the two dialects, decided in this one place for the migrations.
 * Like the migrations themselves, this file is frozen in time: change it only by adding.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

export const isPostgres = (db: AnyDb): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;

/** ISO 8601 UTC instant: timestamptz on PostgreSQL, fixed-width ISO text on SQLite. */
export const timestamp = (db: AnyDb): RawBuilder<unknown> =>
  isPostgres(db) ? sql`timestamptz` : sql`text`;

/** Calendar date: date on PostgreSQL, 'YYYY-MM-DD' text on SQLite. */
export const date = (db: AnyDb): RawBuilder<unknown> => (isPostgres(db) ? sql`date` : sql`text`);

/** Flag: boolean on PostgreSQL, 0/1 integer on SQLite. */
export const flag = (db: AnyDb): RawBuilder<unknown> =>
  isPostgres(db) ? sql`boolean` : sql`integer`;

export const trueValue = (db: AnyDb): RawBuilder<unknown> => (isPostgres(db) ? sql`true` : sql`1`);
export const falseValue = (db: AnyDb): RawBuilder<unknown> =>
  isPostgres(db) ? sql`false` : sql`0`;

/** Auto-increment integer key. */
export const serial = (db: AnyDb): RawBuilder<unknown> =>
  isPostgres(db) ? sql`bigint generated always as identity` : sql`integer`;
