import type { ContactsListQuery } from '@crm/contracts';
import { sql, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/audit.js';
import { isPostgresDb } from '../../platform/db/dialect.js';
import {
  countsMatchesWithKeys,
  documentCount,
  matchingDocuments,
  documentMatches,
  countedForWalk,
  searchDocuments,
} from '../../platform/db/fulltext.js';
import { paginate } from '../../platform/db/paging.js';
import { contactDetailsOf } from '../clients/index.js';
import type { ContactsTable } from '../../platform/db/schema.js';

export type ContactRow = Selectable<ContactsTable> & {
  clientName: string;
  /** The contact's details as one JSON value (`readContactDetails`). */
  contactDetails: unknown;
};

const contacts = (db: Executor) => db.selectFrom('contacts as k');

function baseQuery(db: Executor) {
  return withColumns(db, contacts(db));
}

/** The page's columns of contacts already chosen: their client's name and their details. */
function withColumns(db: Executor, rows: ReturnType<typeof contacts>) {
  return rows
    .innerJoin('clients as c', 'c.id', 'k.clientId')
    .selectAll('k')
    .select([
      'c.name as clientName',
      contactDetailsOf(db, 'contactId', 'k.id').as('contactDetails'),
    ]);
}

/**
 * The contacts matching the list's filters, over the contacts table alone: counted and their
 * page's keys taken without the join to their clients (every contact has its client: a foreign
 * key, not null), so 300,000 contacts are not joined row by row to be counted.
 */
/**
 * PostgreSQL: the matches kept a subquery of their own (`offset 0`), found by the index of the
 * documents' vectors: merged into the list's query, the planner walked all 300,000 contacts (or
 * documents) in name order, checking each one's document (1.3 s for a common word against 0.2
 * in another order than the name's; 0.9–1.7 s for the page read from the documents).
 */
const apart = (db: Executor) => (isPostgresDb(db) ? sql`offset 0` : sql``);

function filtered(db: Executor, q: ContactsListQuery) {
  let query = contacts(db);
  if (q.search) {
    // Words of the person's name, position or contact details, or of their client's name: all
    // in the contact's search document (migration 0027), one full-text lookup.
    const documents = matchingDocuments(db, 'contact', q.search);
    query = query.where(
      documents ? sql<SqlBool>`k.id in (${documents} ${apart(db)})` : sql<SqlBool>`false`,
    );
  }
  if (q.clientId) query = query.where('k.clientId', '=', q.clientId);
  return query;
}

/**
 * A search alone in last-name order: the matches' ids and last names straight from their search
 * documents (which carry the last name, migration 0027), a derived table shaped like `contacts as
 * k`, so neither the count nor the page's keys read a contact. On SQLite, when the matches are
 * many, walked in the documents' `(last_name, owner_id)` index until the page's end instead of
 * read whole and sorted.
 */
function searchedByName(db: Executor, q: ContactsListQuery, walkNames: boolean) {
  if (!q.search || q.clientId || q.sort.field !== 'lastName') return undefined;
  const matches = documentMatches(db, 'contact', q.search, 's');
  if (!matches) return undefined;
  return db
    .selectFrom(
      sql<{ id: string; lastName: string }>`(select s.owner_id as id, s.last_name
        from ${searchDocuments(db, 'contact', walkNames)} where ${matches} ${apart(db)})`.as('k'),
    )
    .selectAll();
}

/** How many contacts there are, from the counter kept by triggers (migration 0026). */
const allContacts = (db: Executor) =>
  db.selectFrom('contactCounts').select(sql<number | string | null>`sum(n)`.as('total'));

/**
 * The list's total without counting contacts: the counter when unfiltered; for a search alone,
 * the full-text index's matches.
 */
function countedTotal(db: Executor, q: ContactsListQuery) {
  if (q.clientId) return undefined;
  if (!q.search) return allContacts(db);
  const matches = documentCount(db, 'contact', q.search);
  return matches ? db.selectNoFrom(matches.as('total')) : undefined;
}

export async function listContacts(db: Executor, q: ContactsListQuery) {
  const totalFrom = countedTotal(db, q);
  // A search alone in name order is counted first (SQLite: from the full-text index): its page is
  // then found by walking the name index when the matches are many, by sorting them when few.
  const walk =
    q.search && !q.clientId && q.sort.field === 'lastName' && totalFrom && !isPostgresDb(db)
      ? await countedForWalk(totalFrom, allContacts(db), q.page * q.pageSize)
      : undefined;
  // The page's columns for keys already filtered: no filter is evaluated again.
  return paginate(
    baseQuery(db),
    q,
    { lastName: sql`k.last_name`, createdAt: sql`k.created_at`, updatedAt: sql`k.updated_at` },
    sql`k.id`,
    {
      countFrom: searchedByName(db, q, Boolean(walk?.walkNames)) ?? filtered(db, q),
      totalFrom,
      total: walk?.total,
      totalWithKeys: countsMatchesWithKeys(db, q.search),
    },
  );
}

export function findContact(db: Executor, id: string): Promise<ContactRow | undefined> {
  return baseQuery(db).where('k.id', '=', id).executeTakeFirst();
}

export async function insertContact(db: Executor, row: Insertable<ContactsTable>): Promise<void> {
  await db.insertInto('contacts').values(row).execute();
}

export async function updateContact(
  db: Executor,
  id: string,
  changes: Updateable<ContactsTable>,
): Promise<void> {
  await db.updateTable('contacts').set(changes).where('id', '=', id).execute();
}

/** Deletes a contact with its communications (contact details go by cascade). */
export async function deleteContactCascade(db: Executor, id: string): Promise<number> {
  const r = await db.deleteFrom('communications').where('contactId', '=', id).executeTakeFirst();
  await db.deleteFrom('contacts').where('id', '=', id).execute();
  return Number(r.numDeletedRows);
}

/** Keeps the client denormalized on communications when a contact moves to another client. */
export async function moveCommunications(
  db: Executor,
  contactId: string,
  clientId: string,
): Promise<void> {
  await db
    .updateTable('communications')
    .set({ clientId })
    .where('contactId', '=', contactId)
    .execute();
}
