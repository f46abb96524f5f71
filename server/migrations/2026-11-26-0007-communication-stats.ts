import { sql } from 'kysely';
import { type AnyDb, date, isPostgres } from './portable.js';

/**
 * Daily counts of communications, kept by triggers, for the statistics page: a range of years
 * is a few thousand summary rows instead of a million communications. Two grains: per channel
 * and direction (totals, breakdowns, series), and per author (the managers' ranking).
 */
const dayOf = (db: AnyDb, row: string) =>
  isPostgres(db)
    ? `(${row}.occurred_at at time zone 'UTC')::date`
    : `substr(${row}.occurred_at, 1, 10)`;
const authorOf = (row: string) => `coalesce(${row}.author_id, '')`;

function changes(db: AnyDb, row: 'new' | 'old', delta: 1 | -1): string[] {
  const day = dayOf(db, row);
  return [
    `insert into communication_day_stats (day, channel, direction, n)
       values (${day}, ${row}.channel, ${row}.direction, ${delta})
       on conflict (day, channel, direction) do update set n = communication_day_stats.n + ${delta};`,
    `insert into communication_author_stats (day, author_key, n)
       values (${day}, ${authorOf(row)}, ${delta})
       on conflict (day, author_key) do update set n = communication_author_stats.n + ${delta};`,
  ];
}

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('communication_day_stats')
    .addColumn('day', date(db), (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('communication_day_stats_pk', ['day', 'channel', 'direction'])
    .execute();
  await db.schema
    .createTable('communication_author_stats')
    .addColumn('day', date(db), (c) => c.notNull())
    // The author's id, or '' for communications whose author was removed.
    .addColumn('author_key', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('communication_author_stats_pk', ['day', 'author_key'])
    .execute();
  await sql
    .raw(
      `insert into communication_day_stats (day, channel, direction, n)
       select ${dayOf(db, 'm')}, m.channel, m.direction, count(*) from communications m group by 1, 2, 3`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into communication_author_stats (day, author_key, n)
       select ${dayOf(db, 'm')}, ${authorOf('m')}, count(*) from communications m group by 1, 2`,
    )
    .execute(db);

  const added = changes(db, 'new', 1).join('\n');
  const removed = changes(db, 'old', -1).join('\n');
  if (isPostgres(db)) {
    await sql
      .raw(
        `create function communication_stats_sync() returns trigger language plpgsql as $$
        begin
          if tg_op <> 'INSERT' then ${removed} end if;
          if tg_op <> 'DELETE' then ${added} end if;
          return null;
        end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger communication_stats after insert or delete
           or update of occurred_at, channel, direction, author_id on communications
         for each row execute function communication_stats_sync()`,
      )
      .execute(db);
    return;
  }
  for (const statement of [
    `create trigger communication_stats_insert after insert on communications begin ${added} end`,
    `create trigger communication_stats_delete after delete on communications begin ${removed} end`,
    `create trigger communication_stats_update after update of occurred_at, channel, direction, author_id
       on communications begin ${removed} ${added} end`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw('drop trigger communication_stats on communications').execute(db);
    await sql.raw('drop function communication_stats_sync()').execute(db);
  } else {
    for (const t of ['insert', 'delete', 'update']) {
      await sql.raw(`drop trigger communication_stats_${t}`).execute(db);
    }
  }
  await db.schema.dropTable('communication_author_stats').execute();
  await db.schema.dropTable('communication_day_stats').execute();
}
