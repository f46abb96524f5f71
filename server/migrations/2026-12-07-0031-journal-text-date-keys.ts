import { sql } from 'kysely';
import {
  body,
  type RecordText,
  texts,
  triggers as textTriggers,
} from './2026-12-07-0028-record-texts.js';
import {
  type AnyDb,
  createRowTriggers,
  dropRowTriggers,
  isPostgres,
  type RowTriggers,
} from './portable.js';

/**
 * SQLite: the key of a communication's text (its words' rowid in `communication_fts`, migration
 * 0028) follows the entry's date — the instant in milliseconds times 2^19, plus the entries of
 * the same millisecond in the order they were written — so the full-text index itself gives a
 * search's matches in the journal's order: a page of a search is the index's first rows in
 * rowid order, descending or ascending, instead of every match read into a set (96,000 for a
 * common word) and the journal's date index walked against it.
 * - An entry whose date changes gets a new key (its text row deleted and written again); one
 *   whose words change keeps its key, and so its place among its millisecond's entries.
 * - Should a millisecond hold 2^19 entries, or a date be unreadable, the entry's key is taken
 *   from 2^62 up instead, out of date order (as every date after 2248 would fall: the API takes
 *   none later than a day ahead); searches know the keys are out of order by the largest key and
 *   then find their pages as before (`keysInOrder` in `fulltext.ts`).
 * - The index's vocabulary, `communication_vocab` (FTS5's own `fts5vocab` table: each term with
 *   how many entries hold it), lets a search match its words' terms rather than their prefixes:
 *   FTS5 merges every entry of a prefix's terms before its first match, but reads terms as it
 *   goes.
 * PostgreSQL is unchanged: its text index gives no order.
 */
const communication = texts.find((t) => t.kind === 'communication') as RecordText;

/** The first key of the millisecond of row `r`'s date (null for a date SQLite cannot read). */
const base = (r: string) =>
  `(cast(round((julianday(${r}.occurred_at) - 2440587.5) * 86400000.0) as integer) * 524288)`;

/** The keys taken out of date order start here, above every date's (2^62). */
const OUT_OF_ORDER = '4611686018427387904';

/**
 * The key of the communication `new`: the next free one of its millisecond, or, when that
 * millisecond is full (or its date unreadable), the next one from `OUT_OF_ORDER` up.
 */
export const newKey = `(select case when next < b + 524288 then next
    else max(${OUT_OF_ORDER}, (select coalesce(max(id), 0) from communication_text) + 1) end
  from (select coalesce(max(id) + 1, ${base('new')}) as next, ${base('new')} as b
    from communication_text where id >= ${base('new')} and id < ${base('new')} + 524288))`;

/** Writes the text row and the words of the communication `new`. */
const write = `insert into communication_text (id, owner_id) values (${newKey}, new.id);
  insert into communication_fts (rowid, body)
    select k.id, ${body(communication, 'new')} from communication_text k where k.owner_id = new.id;`;

/** A new entry's key from its date; changed words are written again under the same key (0028). */
export const dateKeyed = (db: AnyDb): RowTriggers => ({
  ...textTriggers(db, communication),
  insert: write,
});

/**
 * An entry whose date changes gets a new key: its text row deleted (its delete trigger takes its
 * words out of the index: 0028) and written again. Only then, so that the entries of one
 * millisecond keep the order they were written in when their words change.
 */
export const redate = `create trigger communication_text_redate after update of occurred_at on communications
  when old.occurred_at is not new.occurred_at begin
    delete from communication_text where owner_id = new.id; ${write}
  end`;

/**
 * The text rows and the index built again with the keys `keys` (`select id, owner_id …` of every
 * communication).
 */
async function rebuild(db: AnyDb, keys: string): Promise<void> {
  for (const statement of [
    'drop trigger communication_text_delete',
    'drop table communication_fts',
    'drop table communication_text',
    `create table communication_text (
      id integer primary key,
      owner_id text not null unique references communications(id) on delete cascade)`,
    `insert into communication_text (id, owner_id) ${keys}`,
    `create virtual table communication_fts using fts5(body, content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2')`,
    `insert into communication_fts (rowid, body) select k.id, ${body(communication, 'r')}
      from communication_text k join communications r on r.id = k.owner_id order by k.id`,
    `insert into communication_fts (communication_fts) values ('optimize')`,
    `create trigger communication_text_delete after delete on communication_text begin
      delete from communication_fts where rowid = old.id;
    end`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function up(db: AnyDb): Promise<void> {
  if (isPostgres(db)) return;
  await dropRowTriggers(db, textTriggers(db, communication));
  // Each millisecond's entries in the order of their ids (time-ordered: the order written).
  await rebuild(
    db,
    `select case when b is not null and n < 524288 then b + n else ${OUT_OF_ORDER} + a end, id
     from (select id, ${base('c')} as b,
       row_number() over (partition by ${base('c')} order by id) - 1 as n,
       row_number() over (order by id) as a
       from communications c)`,
  );
  await sql
    .raw('create virtual table communication_vocab using fts5vocab(communication_fts, col)')
    .execute(db);
  await createRowTriggers(db, dateKeyed(db));
  await sql.raw(redate).execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) return;
  await sql.raw('drop trigger communication_text_redate').execute(db);
  await dropRowTriggers(db, dateKeyed(db));
  await sql.raw('drop table communication_vocab').execute(db);
  await rebuild(db, 'select row_number() over (order by id), id from communications');
  await createRowTriggers(db, textTriggers(db, communication));
}
