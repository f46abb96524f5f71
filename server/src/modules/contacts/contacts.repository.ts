import type { ContactsListQuery } from '@crm/contracts';
import { sql, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/audit.js';
import { matchingDocuments } from '../../platform/db/fulltext.js';
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
function filtered(db: Executor, q: ContactsListQuery) {
  let query = contacts(db);
  if (q.search) {
    // Words of the person's name, position or contact details, or of their client's name: both
    // full-text indexes, as one id list.
    const documents = matchingDocuments(db, 'contact', q.search);
    const clients = matchingDocuments(db, 'client', q.search, 'name');
    query =
      documents && clients
        ? query.where(
            sql<SqlBool>`k.id in (${documents} union all select id from contacts where client_id in (${clients}))`,
          )
        : query.where(sql<SqlBool>`false`);
  }
  if (q.clientId) query = query.where('k.clientId', '=', q.clientId);
  return query;
}

export function listContacts(db: Executor, q: ContactsListQuery) {
  // The page's columns for keys already filtered: no filter is evaluated again.
  return paginate(
    baseQuery(db),
    q,
    { lastName: sql`k.last_name`, createdAt: sql`k.created_at`, updatedAt: sql`k.updated_at` },
    sql`k.id`,
    {
      countFrom: filtered(db, q),
      // Unfiltered, the total is the counter kept by triggers (migration 0026).
      totalFrom:
        q.search || q.clientId
          ? undefined
          : db.selectFrom('contactCounts').select(sql<number | string | null>`sum(n)`.as('total')),
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
