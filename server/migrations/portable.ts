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

/**
 * Row triggers that keep a derived table in step with `table`: SQL statements (each ending in
 * `;`, reading `new.` / `old.`) to run after an insert, a delete, or an update of some columns.
 * PostgreSQL: one plpgsql function `<name>_sync()` and one trigger `<name>`; SQLite: a trigger
 * `<name>_insert` / `_delete` / `_update` per event.
 */
export interface RowTriggers {
  name: string;
  table: string;
  insert?: string;
  delete?: string;
  update?: { of: string[]; run: string };
}

const events = (t: RowTriggers) =>
  [
    t.insert && 'insert',
    t.delete && 'delete',
    t.update && `update of ${t.update.of.join(', ')}`,
  ].filter(Boolean) as string[];

export async function createRowTriggers(db: AnyDb, t: RowTriggers): Promise<void> {
  if (isPostgres(db)) {
    const branches = [
      t.insert && `if tg_op = 'INSERT' then ${t.insert} end if;`,
      t.delete && `if tg_op = 'DELETE' then ${t.delete} end if;`,
      t.update && `if tg_op = 'UPDATE' then ${t.update.run} end if;`,
    ].filter(Boolean);
    await sql
      .raw(
        `create function ${t.name}_sync() returns trigger language plpgsql as $$
        begin ${branches.join('\n')} return null; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${t.name} after ${events(t).join(' or ')} on ${t.table}
         for each row execute function ${t.name}_sync()`,
      )
      .execute(db);
    return;
  }
  const sqlite: [string, string, string | undefined][] = [
    ['insert', 'insert', t.insert],
    ['delete', 'delete', t.delete],
    ['update', `update of ${t.update?.of.join(', ')}`, t.update?.run],
  ];
  for (const [suffix, event, run] of sqlite) {
    if (!run) continue;
    await sql
      .raw(`create trigger ${t.name}_${suffix} after ${event} on ${t.table} begin ${run} end`)
      .execute(db);
  }
}

export async function dropRowTriggers(db: AnyDb, t: RowTriggers): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw(`drop trigger ${t.name} on ${t.table}`).execute(db);
    await sql.raw(`drop function ${t.name}_sync()`).execute(db);
    return;
  }
  for (const [suffix, run] of [
    ['insert', t.insert],
    ['delete', t.delete],
    ['update', t.update],
  ] as const) {
    if (run) await sql.raw(`drop trigger ${t.name}_${suffix}`).execute(db);
  }
}

/**
 * A parent's column copied onto its child rows (`table.column` = `parent.parentColumn` of the
 * row `table.key` points at), so a query can filter the children by it along one index: set
 * when a row is written or moves to another parent, rewritten on the children when the
 * parent's value changes. PostgreSQL sets it before the row is written; SQLite, whose triggers
 * cannot change the row being written, right after.
 */
export interface CopiedColumn {
  name: string;
  table: string;
  column: string;
  key: string;
  parent: string;
  parentColumn: string;
  /** The columns that identify a row of `table` (default: `id`). */
  rowKey?: string[];
}

const parentValue = (c: CopiedColumn) =>
  `(select ${c.parentColumn} from ${c.parent} where id = new.${c.key})`;

/** Adds the column, fills it from the parents, then keeps it by triggers. */
export async function addCopiedColumn(db: AnyDb, c: CopiedColumn): Promise<void> {
  await db.schema.alterTable(c.table).addColumn(c.column, 'text').execute();
  await sql
    .raw(
      `update ${c.table} set ${c.column} = p.${c.parentColumn} from ${c.parent} p
       where p.id = ${c.table}.${c.key}`,
    )
    .execute(db);
  await createCopiedColumn(db, c);
}

async function createCopiedColumn(db: AnyDb, c: CopiedColumn): Promise<void> {
  const changed = `old.${c.parentColumn} is distinct from new.${c.parentColumn}`;
  const rewrite = `update ${c.table} set ${c.column} = new.${c.parentColumn} where ${c.key} = new.id;`;
  if (isPostgres(db)) {
    await sql
      .raw(
        `create function ${c.name}_copy() returns trigger language plpgsql as $$
        begin new.${c.column} := ${parentValue(c)}; return new; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${c.name}_copy before insert or update of ${c.key} on ${c.table}
         for each row execute function ${c.name}_copy()`,
      )
      .execute(db);
    await sql
      .raw(
        `create function ${c.name}_parent() returns trigger language plpgsql as $$
        begin ${rewrite} return null; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        // Not "update of <column>": that fires only when a statement sets the column, and the
        // parent's own copy (a chain: client → project → task) is set by a trigger.
        `create trigger ${c.name}_parent after update on ${c.parent}
         for each row when (${changed}) execute function ${c.name}_parent()`,
      )
      .execute(db);
    return;
  }
  const row = (c.rowKey ?? ['id']).map((k) => `${k} = new.${k}`).join(' and ');
  const copy = `update ${c.table} set ${c.column} = ${parentValue(c)} where ${row};`;
  await sql
    .raw(`create trigger ${c.name}_insert after insert on ${c.table} begin ${copy} end`)
    .execute(db);
  await sql
    .raw(`create trigger ${c.name}_move after update of ${c.key} on ${c.table} begin ${copy} end`)
    .execute(db);
  await sql
    .raw(
      `create trigger ${c.name}_parent after update of ${c.parentColumn} on ${c.parent}
       when old.${c.parentColumn} is not new.${c.parentColumn} begin ${rewrite} end`,
    )
    .execute(db);
}

/** Drops the triggers and the column (its indexes first, by the caller). */
export async function dropCopiedColumn(db: AnyDb, c: CopiedColumn): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw(`drop trigger ${c.name}_parent on ${c.parent}`).execute(db);
    await sql.raw(`drop function ${c.name}_parent()`).execute(db);
    await sql.raw(`drop trigger ${c.name}_copy on ${c.table}`).execute(db);
    await sql.raw(`drop function ${c.name}_copy()`).execute(db);
  } else {
    for (const suffix of ['insert', 'move', 'parent']) {
      await sql.raw(`drop trigger ${c.name}_${suffix}`).execute(db);
    }
  }
  await db.schema.alterTable(c.table).dropColumn(c.column).execute();
}

/** Creates an index whose columns may be expressions (`(deadline is null)`), which Kysely's builder does not write. */
export async function createIndexOn(
  db: AnyDb,
  name: string,
  table: string,
  columns: string,
): Promise<void> {
  await sql.raw(`create index ${name} on ${table} (${columns})`).execute(db);
}

/** Drops an index and creates it again under the same name on the given columns (expressions too). */
export async function recreateIndex(
  db: AnyDb,
  name: string,
  table: string,
  columns: string,
): Promise<void> {
  await db.schema.dropIndex(name).execute();
  await createIndexOn(db, name, table, columns);
}
