import type { ClientsListQuery } from '@crm/contracts';
import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/audit.js';
import { likePattern } from '../../platform/db/database.js';
import {
  countsMatchesWithKeys,
  documentCountMatchingOr,
  documentsMatchingOr,
  matchingDocuments,
  countedForWalk,
} from '../../platform/db/fulltext.js';
import { isPostgresDb } from '../../platform/db/dialect.js';
import { contactDetailsOf } from './contactDetails.repository.js';
import { paginate } from '../../platform/db/paging.js';
import type { ClientsTable, ClientStatusesTable } from '../../platform/db/schema.js';
import type { Insertable, Selectable, Updateable } from 'kysely';

export type ClientRow = Selectable<ClientsTable> & {
  managerFirstName: string | null;
  managerLastName: string | null;
  contactsCount: number | string | null;
  /** The client's contact details as one JSON value (`readContactDetails`). */
  contactDetails: unknown;
};

/**
 * The page's columns: the client, its manager's name, how many contacts it has and its contact
 * details (one JSON value per client: a second statement for the page's details cost the list
 * as much CPU again).
 */
function withColumns<Q extends ReturnType<typeof filtered>>(db: Executor, q: Q) {
  return q
    .leftJoin('users as m', 'm.id', 'c.managerId')
    .selectAll('c')
    .select([
      'm.firstName as managerFirstName',
      'm.lastName as managerLastName',
      (eb) =>
        eb
          .selectFrom('contacts as k')
          .whereRef('k.clientId', '=', 'c.id')
          .select(sql<number>`count(*)`.as('n'))
          .as('contactsCount'),
      contactDetailsOf(db, 'clientId', 'c.id').as('contactDetails'),
    ]);
}

/**
 * Clients whose manager's name holds the search text (a few hundred users: a plain match on the
 * folded names the database keeps, migration 0025).
 */
function managedByNamed(search: string) {
  const like = sql`${likePattern(search)} escape '\\'`;
  return sql`select id from clients where manager_id in (select id from users where name_key like ${like})`;
}

/**
 * The clients matching the list's filters, over the clients table alone: the count runs on this
 * (no joins), the page adds its columns. The manager's name is matched as an id list for that
 * reason.
 */
function filtered(db: Executor, q?: ClientsListQuery) {
  let query = db.selectFrom('clients as c');
  if (!q) return query;
  if (q.search) {
    // Words of the name or a contact detail (full-text index), or the manager's name — one id
    // list, so the page is sorted from it instead of walking every client in name order.
    const documents = matchingDocuments(db, 'client', q.search);
    const byManager = managedByNamed(q.search);
    const ids = documents ? sql`${documents} union all ${byManager}` : byManager;
    query = query.where(sql<SqlBool>`c.id in (${ids})`);
  }
  if (q.type) query = query.where('c.type', '=', q.type);
  if (q.isVip !== undefined) query = query.where('c.isVip', '=', q.isVip);
  if (q.source) query = query.where('c.source', '=', q.source);
  if (q.status) query = query.where('c.status', '=', q.status);
  if (q.managerId) query = query.where('c.managerId', '=', q.managerId);
  return query;
}

/**
 * A search alone, in name order (how the search box lists): the matches, their ids and names
 * straight from the search documents (a client's document carries its name), so neither the
 * count nor the page's keys read a client row — a derived table shaped like `clients as c`.
 */
function searchedByName(db: Executor, q: ClientsListQuery, walkNames: boolean) {
  if (!q.search || hasFilters(q) || q.sort.field !== 'name') return undefined;
  const owners = managedByNamed(q.search);
  const matches = documentsMatchingOr(db, 'client', q.search, owners, { walkNames });
  return db.selectFrom(sql<{ id: string; name: string }>`(${matches})`.as('c'));
}

const hasFilters = (q: ClientsListQuery) =>
  Boolean(q.type || q.isVip !== undefined || q.source || q.status || q.managerId);

/** How many clients there are, from the per-status counters (migration 0008). */
const allClients = (db: Executor) =>
  db.selectFrom('clientCounts').select(sql<number | string | null>`sum(n)`.as('total'));

/**
 * The list's total without counting clients: from the per-status counters when only status and
 * VIP filter it (how the list opens); for a search alone, from the full-text index's matches.
 */
function countedTotal(db: Executor, q: ClientsListQuery) {
  if (q.search && !hasFilters(q)) {
    const total = documentCountMatchingOr(db, 'client', q.search, managedByNamed(q.search));
    return db.selectNoFrom(total.as('total'));
  }
  if (q.search || q.type || q.source || q.managerId) return undefined;
  let total = allClients(db);
  if (q.status) total = total.where('status', '=', q.status);
  if (q.isVip !== undefined) total = total.where('isVip', '=', q.isVip);
  return total;
}

export async function listClients(db: Executor, q: ClientsListQuery) {
  const totalFrom = countedTotal(db, q);
  // A search alone in name order is counted first: its page is then found by walking the
  // documents' name index when the matches are many, by sorting them when they are few.
  const walk =
    q.search && !hasFilters(q) && q.sort.field === 'name' && totalFrom && !isPostgresDb(db)
      ? await countedForWalk(totalFrom, allClients(db), q.page * q.pageSize)
      : undefined;
  const rows = searchedByName(db, q, Boolean(walk?.walkNames)) ?? filtered(db, q);
  // The page's columns for keys already filtered: no filter is evaluated again.
  return paginate(
    withColumns(db, filtered(db)),
    q,
    { name: sql`c.name`, createdAt: sql`c.created_at`, updatedAt: sql`c.updated_at` },
    sql`c.id`,
    {
      countFrom: rows,
      totalFrom,
      total: walk?.total,
      totalWithKeys: countsMatchesWithKeys(db, q.search),
    },
  );
}

export function findClient(db: Executor, id: string): Promise<ClientRow | undefined> {
  return withColumns(db, filtered(db).where('c.id', '=', id)).executeTakeFirst();
}

export async function clientExists(
  db: Executor,
  id: string,
): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('clients').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function insertClient(db: Executor, row: Insertable<ClientsTable>): Promise<void> {
  await db.insertInto('clients').values(row).execute();
}

export async function updateClient(
  db: Executor,
  id: string,
  changes: Updateable<ClientsTable>,
): Promise<void> {
  await db.updateTable('clients').set(changes).where('id', '=', id).execute();
}

/** How much hangs on a client: what a plain delete must refuse, a cascade must take along. */
export async function clientDependents(
  db: Executor,
  id: string,
): Promise<{ contacts: number; communications: number; projects: number }> {
  const r = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('projects')
        .select(sql<number>`count(*)`.as('n'))
        .where('clientId', '=', id)
        .as('projects'),
      eb
        .selectFrom('contacts')
        .select(sql<number>`count(*)`.as('n'))
        .where('clientId', '=', id)
        .as('contacts'),
      eb
        .selectFrom('communications')
        .select(sql<number>`count(*)`.as('n'))
        .where('clientId', '=', id)
        .as('communications'),
    ])
    .executeTakeFirstOrThrow();
  return {
    contacts: Number(r.contacts),
    communications: Number(r.communications),
    projects: Number(r.projects),
  };
}

/** Deletes a client with its contacts and their communications (the caller confirmed it). */
export async function deleteClientCascade(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('communications').where('clientId', '=', id).execute();
  await db.deleteFrom('contacts').where('clientId', '=', id).execute();
  await db.deleteFrom('clients').where('id', '=', id).execute();
}

export function listStatuses(db: Executor): Promise<Selectable<ClientStatusesTable>[]> {
  return db.selectFrom('clientStatuses').selectAll().orderBy('position').orderBy('key').execute();
}

export function findStatus(db: Executor, key: string) {
  return db.selectFrom('clientStatuses').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function insertStatus(
  db: Executor,
  row: Insertable<ClientStatusesTable>,
): Promise<void> {
  await db.insertInto('clientStatuses').values(row).execute();
}

export async function updateStatus(
  db: Executor,
  key: string,
  changes: Updateable<ClientStatusesTable>,
): Promise<void> {
  await db.updateTable('clientStatuses').set(changes).where('key', '=', key).execute();
}

export async function deleteStatus(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('clientStatuses').where('key', '=', key).execute();
}

export async function statusUsage(db: Executor, key: string): Promise<number> {
  const r = await db
    .selectFrom('clients')
    .select(sql<number>`count(*)`.as('n'))
    .where('status', '=', key)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Whether the user exists, is active and is a manager (a client's responsible person). */
export async function isActiveManager(db: Executor, userId: string): Promise<boolean> {
  const r = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('role', '=', 'manager')
    .where('isActive', '=', true)
    .executeTakeFirst();
  return r !== undefined;
}
