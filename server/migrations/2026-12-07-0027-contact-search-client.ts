import { sql } from 'kysely';
import { type AnyDb, isPostgres } from './portable.js';

/**
 * A contact's search document holds their client's name beside their own (migration 0005 held
 * their name, position and contact details only): a contact search — the person's words or
 * their client's — is one full-text lookup, where it was a union of two, the contacts of every
 * matching client joined by id one by one (a common word's 12,888 contacts took 190 ms on
 * SQLite and 250 ms on PostgreSQL; one letter's 65,000, 440 ms and 1.3 s). A search's words
 * may now fall on either name ("taras wombat"). The document also carries the contact's last
 * name, indexed with the owner (as a client's document carries its name, 0016): a search's page
 * in the list's order is read from the documents alone — sorted, or on SQLite walked in that
 * index's order for a common word — without looking a contact up by id for every match. Kept by
 * triggers: a contact written or moved to another client, and a client renamed, which rewrites
 * its contacts' documents.
 */
const contactName = (k: string) => `${k}.first_name || ' ' || ${k}.last_name || ' ' ||
  coalesce(${k}.position, '')`;

/** The searchable name of contact row `k` with its client's name. */
const withClient = (k: string) =>
  `${contactName(k)} || ' ' || coalesce((select c.name from clients c where c.id = ${k}.client_id), '')`;

/** Every contact's document written again: its name `name(k)` of the contact row `k`, and its last name. */
const rewriteAll = (name: (k: string) => string, lastName: boolean) =>
  sql.raw(`update contact_search set
    name = (select ${name('k')} from contacts k where k.id = contact_search.owner_id)
    ${lastName ? ', last_name = (select k.last_name from contacts k where k.id = contact_search.owner_id)' : ''}`);

/** PostgreSQL: the owner trigger's function, writing the document's name `name` (and last name). */
const fromOwner = (name: string, lastName: boolean) =>
  sql.raw(`create or replace function contact_search_from_owner() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into contact_search (owner_id, name${lastName ? ', last_name' : ''})
          values (new.id, ${name}${lastName ? ', new.last_name' : ''});
      else
        update contact_search set name = ${name}${lastName ? ', last_name = new.last_name' : ''}
          where owner_id = new.id;
      end if;
      return null;
    end $$`);

/** SQLite: the owner triggers, writing the document's name `name` (and last name). */
async function ownerTriggers(db: AnyDb, name: string, lastName: boolean): Promise<void> {
  const columns = lastName
    ? 'first_name, last_name, position, client_id'
    : 'first_name, last_name, position';
  await sql
    .raw(
      `create trigger contact_search_owner_insert after insert on contacts begin
        insert into contact_search (owner_id, name${lastName ? ', last_name' : ''})
          values (new.id, ${name}${lastName ? ', new.last_name' : ''});
      end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger contact_search_owner_update after update of ${columns} on contacts begin
        update contact_search set name = ${name}${lastName ? ', last_name = new.last_name' : ''}
          where owner_id = new.id;
      end`,
    )
    .execute(db);
}

/**
 * SQLite: every document written again and the FTS5 index rebuilt from the documents at once,
 * instead of a delete and an insert into the index per document through its trigger.
 */
async function rewriteDocuments(db: AnyDb, name: (k: string) => string, lastName: boolean) {
  await sql`drop trigger contact_search_update`.execute(db);
  await rewriteAll(name, lastName).execute(db);
  await sql`insert into contact_fts (contact_fts) values ('rebuild')`.execute(db);
  await sql`create trigger contact_search_update after update on contact_search begin
      insert into contact_fts (contact_fts, rowid, name, details)
        values ('delete', old.id, old.name, old.details);
      insert into contact_fts (rowid, name, details) values (new.id, new.name, new.details);
    end`.execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table contact_search add column last_name text not null default ''`.execute(db);
  if (isPostgres(db)) {
    await sql`drop trigger contact_search_owner on contacts`.execute(db);
    await fromOwner(withClient('new'), true).execute(db);
    await sql`create trigger contact_search_owner
      after insert or update of first_name, last_name, position, client_id on contacts
      for each row execute function contact_search_from_owner()`.execute(db);
    await sql
      .raw(
        `create function contact_search_from_client() returns trigger language plpgsql as $$
        begin
          update contact_search s set name = ${contactName('k')} || ' ' || new.name
            from contacts k where k.client_id = new.id and s.owner_id = k.id;
          return null;
        end $$`,
      )
      .execute(db);
    await sql`create trigger contact_search_client after update of name on clients
      for each row execute function contact_search_from_client()`.execute(db);
    await rewriteAll(withClient, true).execute(db);
  } else {
    await sql`drop trigger contact_search_owner_insert`.execute(db);
    await sql`drop trigger contact_search_owner_update`.execute(db);
    await ownerTriggers(db, withClient('new'), true);
    await sql
      .raw(
        `create trigger contact_search_client after update of name on clients begin
          update contact_search set name = (select ${contactName('k')} || ' ' || new.name
            from contacts k where k.id = contact_search.owner_id)
          where owner_id in (select id from contacts where client_id = new.id);
        end`,
      )
      .execute(db);
    await rewriteDocuments(db, withClient, true);
  }
  await sql`create index contact_search_name_idx on contact_search (last_name, owner_id)`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger contact_search_client on clients`.execute(db);
    await sql`drop function contact_search_from_client()`.execute(db);
    await sql`drop trigger contact_search_owner on contacts`.execute(db);
    await fromOwner(contactName('new'), false).execute(db);
    await sql`create trigger contact_search_owner
      after insert or update of first_name, last_name, position on contacts
      for each row execute function contact_search_from_owner()`.execute(db);
    await rewriteAll(contactName, false).execute(db);
  } else {
    await sql`drop trigger contact_search_client`.execute(db);
    await sql`drop trigger contact_search_owner_insert`.execute(db);
    await sql`drop trigger contact_search_owner_update`.execute(db);
    await ownerTriggers(db, contactName('new'), false);
    await rewriteDocuments(db, contactName, false);
  }
  await sql`drop index contact_search_name_idx`.execute(db);
  await sql`alter table contact_search drop column last_name`.execute(db);
}
