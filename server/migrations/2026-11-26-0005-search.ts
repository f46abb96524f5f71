import { sql } from 'kysely';
import { type AnyDb, isPostgres } from './portable.js';

/**
 * Full-text search over clients and contacts: one search document per record (its names and
 * every contact detail), kept by triggers, so a search is an index lookup instead of a scan of
 * the tables. PostgreSQL: a weighted tsvector with GIN; SQLite: an FTS5 index over the document
 * table (integer keys, so the index never depends on implicit rowids).
 */
interface Owner {
  /** `client` or `contact`: the search table is `<kind>_search`, the FTS5 index `<kind>_fts`. */
  kind: 'client' | 'contact';
  table: 'clients' | 'contacts';
  /** The owner's column in contact_details. */
  detailColumn: 'client_id' | 'contact_id';
  /** The searchable name of a row `r` of the owner's table. */
  name: (r: 'new' | 'c') => string;
  nameColumns: string;
}

const owners: Owner[] = [
  {
    kind: 'client',
    table: 'clients',
    detailColumn: 'client_id',
    name: (r) => `${r}.name`,
    nameColumns: 'name',
  },
  {
    kind: 'contact',
    table: 'contacts',
    detailColumn: 'contact_id',
    name: (r) => `${r}.first_name || ' ' || ${r}.last_name || ' ' || coalesce(${r}.position, '')`,
    nameColumns: 'first_name, last_name, position',
  },
];

const words = (column: string) => `regexp_replace(${column}, '[^[:alnum:]]+', ' ', 'g')`;

async function upPostgres(db: AnyDb, o: Owner): Promise<void> {
  const s = `${o.kind}_search`;
  await sql
    .raw(
      `create table ${s} (
        owner_id text primary key references ${o.table}(id) on delete cascade,
        name text not null,
        details text not null default '',
        document tsvector generated always as (
          setweight(to_tsvector('simple', ${words('name')}), 'A') ||
          setweight(to_tsvector('simple', ${words('details')}), 'B')) stored)`,
    )
    .execute(db);
  await sql.raw(`create index ${s}_document_idx on ${s} using gin (document)`).execute(db);
  await sql
    .raw(
      `insert into ${s} (owner_id, name, details)
       select c.id, ${o.name('c')}, coalesce((select string_agg(d.value, ' ' order by d.position)
         from contact_details d where d.${o.detailColumn} = c.id), '')
       from ${o.table} c`,
    )
    .execute(db);
  await sql
    .raw(
      `create function ${s}_from_owner() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          insert into ${s} (owner_id, name) values (new.id, ${o.name('new')});
        else
          update ${s} set name = ${o.name('new')} where owner_id = new.id;
        end if;
        return null;
      end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${s}_owner after insert or update of ${o.nameColumns} on ${o.table}
       for each row execute function ${s}_from_owner()`,
    )
    .execute(db);
}

async function upSqlite(db: AnyDb, o: Owner): Promise<void> {
  const s = `${o.kind}_search`;
  const f = `${o.kind}_fts`;
  const statements = [
    `create table ${s} (
      id integer primary key,
      owner_id text not null unique references ${o.table}(id) on delete cascade,
      name text not null,
      details text not null default '')`,
    `create virtual table ${f} using fts5(name, details, content = '${s}', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2')`,
    `create trigger ${s}_insert after insert on ${s} begin
      insert into ${f} (rowid, name, details) values (new.id, new.name, new.details);
    end`,
    `create trigger ${s}_delete after delete on ${s} begin
      insert into ${f} (${f}, rowid, name, details) values ('delete', old.id, old.name, old.details);
    end`,
    `create trigger ${s}_update after update on ${s} begin
      insert into ${f} (${f}, rowid, name, details) values ('delete', old.id, old.name, old.details);
      insert into ${f} (rowid, name, details) values (new.id, new.name, new.details);
    end`,
    `insert into ${s} (owner_id, name, details)
     select c.id, ${o.name('c')}, coalesce((select group_concat(d.value, ' ')
       from contact_details d where d.${o.detailColumn} = c.id), '')
     from ${o.table} c`,
    `create trigger ${s}_owner_insert after insert on ${o.table} begin
      insert into ${s} (owner_id, name) values (new.id, ${o.name('new')});
    end`,
    `create trigger ${s}_owner_update after update of ${o.nameColumns} on ${o.table} begin
      update ${s} set name = ${o.name('new')} where owner_id = new.id;
    end`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** A detail added, changed or removed: its owner's document gets every detail again. */
function detailsOf(column: string, row: 'new' | 'old', postgres: boolean): string {
  const agg = postgres
    ? `string_agg(d.value, ' ' order by d.position)`
    : `group_concat(d.value, ' ')`;
  const s = column === 'client_id' ? 'client_search' : 'contact_search';
  return `update ${s} set details = coalesce((select ${agg} from contact_details d
    where d.${column} = ${row}.${column}), '') where owner_id = ${row}.${column};`;
}

export async function up(db: AnyDb): Promise<void> {
  const postgres = isPostgres(db);
  for (const o of owners) {
    if (postgres) await upPostgres(db, o);
    else await upSqlite(db, o);
  }
  const refresh = (row: 'new' | 'old') =>
    detailsOf('client_id', row, postgres) + '\n' + detailsOf('contact_id', row, postgres);
  if (postgres) {
    await sql
      .raw(
        `create function search_from_details() returns trigger language plpgsql as $$
        begin
          if tg_op <> 'INSERT' then ${refresh('old')} end if;
          if tg_op <> 'DELETE' then ${refresh('new')} end if;
          return null;
        end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger search_details after insert or delete or update on contact_details
         for each row execute function search_from_details()`,
      )
      .execute(db);
  } else {
    for (const statement of [
      `create trigger search_details_insert after insert on contact_details begin ${refresh('new')} end`,
      `create trigger search_details_delete after delete on contact_details begin ${refresh('old')} end`,
      `create trigger search_details_update after update on contact_details begin ${refresh('old')} ${refresh('new')} end`,
    ]) {
      await sql.raw(statement).execute(db);
    }
  }
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw('drop trigger search_details on contact_details').execute(db);
    await sql.raw('drop function search_from_details()').execute(db);
    for (const o of owners) {
      await sql.raw(`drop trigger ${o.kind}_search_owner on ${o.table}`).execute(db);
      await sql.raw(`drop function ${o.kind}_search_from_owner()`).execute(db);
      await sql.raw(`drop table ${o.kind}_search`).execute(db);
    }
    return;
  }
  for (const t of ['search_details_insert', 'search_details_delete', 'search_details_update']) {
    await sql.raw(`drop trigger ${t}`).execute(db);
  }
  for (const o of owners) {
    await sql.raw(`drop trigger ${o.kind}_search_owner_insert`).execute(db);
    await sql.raw(`drop trigger ${o.kind}_search_owner_update`).execute(db);
    await sql.raw(`drop table ${o.kind}_fts`).execute(db);
    await sql.raw(`drop table ${o.kind}_search`).execute(db);
  }
}
