import type { ContactsListQuery } from '@crm/contracts';
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/audit.js';
import { likePattern } from '../../platform/db/database.js';
import { paginate } from '../../platform/db/paging.js';
import type { ContactsTable } from '../../platform/db/schema.js';

export type ContactRow = Selectable<ContactsTable> & { clientName: string };

function baseQuery(db: Executor) {
  return db
    .selectFrom('contacts as k')
    .innerJoin('clients as c', 'c.id', 'k.clientId')
    .selectAll('k')
    .select('c.name as clientName');
}

export function listContacts(db: Executor, q: ContactsListQuery) {
  let query = baseQuery(db);
  if (q.search) {
    const like = sql`${likePattern(q.search)} escape '\\'`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(k.first_name || ' ' || k.last_name)`, 'like', like),
        eb(sql`lower(k.last_name || ' ' || k.first_name)`, 'like', like),
        eb(sql`lower(k.position)`, 'like', like),
        eb(sql`lower(c.name)`, 'like', like),
        eb.exists(
          eb
            .selectFrom('contactDetails as d')
            .select(sql`1`.as('one'))
            .whereRef('d.contactId', '=', 'k.id')
            .where(sql`lower(d.value)`, 'like', like),
        ),
      ]),
    );
  }
  if (q.clientId) query = query.where('k.clientId', '=', q.clientId);
  return paginate(
    query,
    q,
    { lastName: sql`k.last_name`, createdAt: sql`k.created_at`, updatedAt: sql`k.updated_at` },
    sql`k.id`,
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
