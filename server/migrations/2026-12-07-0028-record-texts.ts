import { sql } from 'kysely';
import {
  type AnyDb,
  createRowTriggers,
  dropRowTriggers,
  isPostgres,
  type RowTriggers,
} from './portable.js';

/**
 * Full-text indexes over the text of communications, tasks, documents and projects, so that
 * searching their lists is an index lookup: each searched `lower(column) like '%…%'`, a scan of
 * every row calling `lower()` on each (the journal's million entries took 12 s on SQLite and 8 s
 * on PostgreSQL, the tasks 2.3 s and 1.2 s). One row per record in `<kind>_text`, kept by
 * triggers, deleted with its record:
 * - PostgreSQL: the record's words as a tsvector, with a GIN index (a table of its own rather
 *   than a column, so the records' rows, read for every list, do not grow by it);
 * - SQLite: an integer key for the record, the rowid of its words in a contentless FTS5 index
 *   `<kind>_fts` (the words are not stored twice, and the index never depends on implicit rowids,
 *   which VACUUM may renumber).
 */
export interface RecordText {
  kind: 'communication' | 'task' | 'document' | 'project';
  table: string;
  columns: string[];
}

export const texts: RecordText[] = [
  { kind: 'communication', table: 'communications', columns: ['description', 'channel_note'] },
  { kind: 'task', table: 'tasks', columns: ['title', 'description'] },
  { kind: 'document', table: 'documents', columns: ['title', 'description', 'file_name'] },
  { kind: 'project', table: 'projects', columns: ['name', 'description'] },
];

/** The searchable text of row `r` of the record's table. */
export const body = (t: RecordText, r: string) =>
  t.columns.map((c) => `coalesce(${r}.${c}, '')`).join(` || ' ' || `);

/**
 * PostgreSQL: the words of row `r` as a tsvector, split where FTS5 splits them (as 0005), without
 * their positions, which only phrase searches and ranking read: a fifth smaller, and a count of
 * a common word's matches, which reads them all, as much faster.
 */
export const vector = (t: RecordText, r: string) =>
  `strip(to_tsvector('simple', regexp_replace(${body(t, r)}, '[^[:alnum:]]+', ' ', 'g')))`;

/** SQLite: the key of record `r`'s text. */
export const key = (t: RecordText, r: string) =>
  `(select id from ${t.kind}_text where owner_id = ${r}.id)`;

export function triggers(db: AnyDb, t: RecordText): RowTriggers {
  const name = `${t.kind}_text`;
  const fts = `${t.kind}_fts`;
  if (isPostgres(db)) {
    return {
      name,
      table: t.table,
      insert: `insert into ${name} (owner_id, document) values (new.id, ${vector(t, 'new')});`,
      update: {
        of: t.columns,
        run: `update ${name} set document = ${vector(t, 'new')} where owner_id = new.id;`,
      },
    };
  }
  return {
    name,
    table: t.table,
    insert: `insert into ${name} (owner_id) values (new.id);
      insert into ${fts} (rowid, body) values (${key(t, 'new')}, ${body(t, 'new')});`,
    update: {
      of: t.columns,
      run: `delete from ${fts} where rowid = ${key(t, 'new')};
        insert into ${fts} (rowid, body) values (${key(t, 'new')}, ${body(t, 'new')});`,
    },
  };
}

async function upPostgres(db: AnyDb, t: RecordText): Promise<void> {
  const name = `${t.kind}_text`;
  await sql
    .raw(
      `create table ${name} (
        owner_id text primary key references ${t.table}(id) on delete cascade,
        document tsvector not null)`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into ${name} (owner_id, document) select r.id, ${vector(t, 'r')} from ${t.table} r`,
    )
    .execute(db);
  await sql.raw(`create index ${name}_document_idx on ${name} using gin (document)`).execute(db);
  await sql.raw(`analyze ${name}`).execute(db);
}

async function upSqlite(db: AnyDb, t: RecordText): Promise<void> {
  const name = `${t.kind}_text`;
  const fts = `${t.kind}_fts`;
  for (const statement of [
    `create table ${name} (
      id integer primary key,
      owner_id text not null unique references ${t.table}(id) on delete cascade)`,
    `create virtual table ${fts} using fts5(body, content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2')`,
    `insert into ${name} (owner_id) select id from ${t.table} order by id`,
    `insert into ${fts} (rowid, body) select k.id, ${body(t, 'r')}
      from ${name} k join ${t.table} r on r.id = k.owner_id`,
    `insert into ${fts} (${fts}) values ('optimize')`,
    // A record deleted (its text row with it, by the foreign key): its words leave the index.
    `create trigger ${name}_delete after delete on ${name} begin
      delete from ${fts} where rowid = old.id;
    end`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function up(db: AnyDb): Promise<void> {
  for (const t of texts) {
    if (isPostgres(db)) await upPostgres(db, t);
    else await upSqlite(db, t);
    await createRowTriggers(db, triggers(db, t));
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of texts) {
    await dropRowTriggers(db, triggers(db, t));
    if (!isPostgres(db)) await sql.raw(`drop table ${t.kind}_fts`).execute(db);
    await sql.raw(`drop table ${t.kind}_text`).execute(db);
  }
}
