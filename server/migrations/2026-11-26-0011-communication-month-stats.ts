import { sql } from 'kysely';
import {
  type AnyDb,
  createRowTriggers,
  dropRowTriggers,
  isPostgres,
  type RowTriggers,
} from './portable.js';

/**
 * Monthly counts of communications beside the daily ones of 0007, kept by triggers: a monthly
 * series over years reads a few hundred rows instead of grouping tens of thousands of daily
 * ones on every request (the daily ones still answer weeks and a range's partial months).
 */
const monthOf = (db: AnyDb, row: string) =>
  isPostgres(db)
    ? `to_char(${row}.occurred_at at time zone 'UTC', 'YYYY-MM')`
    : `substr(${row}.occurred_at, 1, 7)`;

function change(db: AnyDb, row: 'new' | 'old', delta: 1 | -1): string {
  const month = monthOf(db, row);
  return `insert into communication_month_stats (month, channel, direction, n)
      values (${month}, ${row}.channel, ${row}.direction, ${delta})
      on conflict (month, channel, direction) do update set n = communication_month_stats.n + ${delta};
    insert into communication_author_month_stats (month, author_key, n)
      values (${month}, coalesce(${row}.author_id, ''), ${delta})
      on conflict (month, author_key) do update set n = communication_author_month_stats.n + ${delta};`;
}

const triggers = (db: AnyDb): RowTriggers => ({
  name: 'communication_month_stats',
  table: 'communications',
  insert: change(db, 'new', 1),
  delete: change(db, 'old', -1),
  update: {
    of: ['occurred_at', 'channel', 'direction', 'author_id'],
    run: change(db, 'old', -1) + change(db, 'new', 1),
  },
});

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('communication_month_stats')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('communication_month_stats_pk', ['month', 'channel', 'direction'])
    .execute();
  await db.schema
    .createTable('communication_author_month_stats')
    .addColumn('month', 'text', (c) => c.notNull())
    // The author's id, or '' for communications whose author was removed.
    .addColumn('author_key', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('communication_author_month_stats_pk', ['month', 'author_key'])
    .execute();
  // From the daily summaries: the same counts, a few thousand rows to read.
  const month = isPostgres(db) ? `to_char(s.day, 'YYYY-MM')` : 'substr(s.day, 1, 7)';
  await sql
    .raw(
      `insert into communication_month_stats (month, channel, direction, n)
       select ${month}, s.channel, s.direction, sum(s.n) from communication_day_stats s
       group by 1, 2, 3`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into communication_author_month_stats (month, author_key, n)
       select ${month}, s.author_key, sum(s.n) from communication_author_stats s group by 1, 2`,
    )
    .execute(db);
  await createRowTriggers(db, triggers(db));
}

export async function down(db: AnyDb): Promise<void> {
  await dropRowTriggers(db, triggers(db));
  await db.schema.dropTable('communication_author_month_stats').execute();
  await db.schema.dropTable('communication_month_stats').execute();
}
