import { sql } from 'kysely';
import { type AnyDb, isPostgres, recreateIndex } from './portable.js';

/**
 * The contact list as it opens, in last-name order with every contact counted:
 * - How many contacts there are, kept in one row by triggers: counting 300,000 contacts took
 *   77 ms on PostgreSQL (a parallel scan of the table) and 8 ms on SQLite for every first page.
 *   PostgreSQL keeps it with statement-level triggers, which add each statement's rows at once:
 *   a bulk insert of a thousand contacts updates the row once, not a thousand times (row
 *   versions of one transaction cannot be pruned until it ends, and each update walks them).
 * - The name index in the list's own order, last name then id: the list's tie-breaker is the id,
 *   so the index `(last_name, first_name, id)` gave the order only after sorting every contact
 *   of a last name (thousands of the same name at this scale) before the first page was known.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('contact_counts')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into contact_counts (id, n) select 1, count(*) from contacts`.execute(db);
  if (isPostgres(db)) {
    await sql`create function contact_counts_sync() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          update contact_counts set n = n + (select count(*) from added) where id = 1;
        else
          update contact_counts set n = n - (select count(*) from removed) where id = 1;
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger contact_counts_insert after insert on contacts
      referencing new table as added for each statement
      execute function contact_counts_sync()`.execute(db);
    await sql`create trigger contact_counts_delete after delete on contacts
      referencing old table as removed for each statement
      execute function contact_counts_sync()`.execute(db);
  } else {
    await sql`create trigger contact_counts_insert after insert on contacts begin
      update contact_counts set n = n + 1 where id = 1;
    end`.execute(db);
    await sql`create trigger contact_counts_delete after delete on contacts begin
      update contact_counts set n = n - 1 where id = 1;
    end`.execute(db);
  }
  await recreateIndex(db, 'contacts_name_idx', 'contacts', 'last_name, id');
}

export async function down(db: AnyDb): Promise<void> {
  await recreateIndex(db, 'contacts_name_idx', 'contacts', 'last_name, first_name, id');
  if (isPostgres(db)) {
    await sql`drop trigger contact_counts_delete on contacts`.execute(db);
    await sql`drop trigger contact_counts_insert on contacts`.execute(db);
    await sql`drop function contact_counts_sync()`.execute(db);
  } else {
    await sql`drop trigger contact_counts_delete`.execute(db);
    await sql`drop trigger contact_counts_insert`.execute(db);
  }
  await db.schema.dropTable('contact_counts').execute();
}
