import type { CommunicationsListQuery } from '@crm/contracts';
import { sql, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/audit.js';
import {
  isIdToken,
  keyOrderedPage,
  type Scope,
  scopeToken,
  searchPlan,
  textSearch,
  type SearchPlan,
} from '../../platform/db/fulltext.js';
import { pageWindow, paginate, withPageWindow } from '../../platform/db/paging.js';
import type { CommunicationsTable } from '../../platform/db/schema.js';

export type CommunicationRow = Selectable<CommunicationsTable> & {
  contactFirstName: string;
  contactLastName: string;
  clientName: string;
  authorFirstName: string | null;
  authorLastName: string | null;
};

function baseQuery(db: Executor) {
  return withColumns(db.selectFrom('communications as m'));
}

/** The page's columns of communications already chosen: the contact's, client's and author's names. */
function withColumns(rows: ReturnType<typeof communications>) {
  return rows
    .innerJoin('contacts as k', 'k.id', 'm.contactId')
    .innerJoin('clients as c', 'c.id', 'm.clientId')
    .leftJoin('users as a', 'a.id', 'm.authorId')
    .selectAll('m')
    .select([
      'k.firstName as contactFirstName',
      'k.lastName as contactLastName',
      'c.name as clientName',
      'a.firstName as authorFirstName',
      'a.lastName as authorLastName',
    ]);
}

const communications = (db: Executor) => db.selectFrom('communications as m');

export type CommunicationFilters = Partial<
  Pick<
    CommunicationsListQuery,
    | 'contactId'
    | 'clientId'
    | 'projectId'
    | 'taskId'
    | 'documentId'
    | 'channel'
    | 'direction'
    | 'authorId'
    | 'from'
    | 'to'
    | 'search'
  >
>;

/**
 * The communications matching the filters, over the communications table alone: counted and
 * their page's keys taken without joins (every entry has its contact and client: foreign keys,
 * not null), so a journal of a million entries is not joined row by row to be counted.
 */
function filtered(db: Executor, f: CommunicationFilters, plan?: SearchPlan) {
  let query = communications(db);
  if (f.contactId) query = query.where('m.contactId', '=', f.contactId);
  if (f.clientId) query = query.where('m.clientId', '=', f.clientId);
  if (f.projectId) query = query.where('m.projectId', '=', f.projectId);
  if (f.taskId) query = query.where('m.taskId', '=', f.taskId);
  if (f.documentId) query = query.where('m.documentId', '=', f.documentId);
  if (f.channel) query = query.where('m.channel', '=', f.channel);
  if (f.direction) query = query.where('m.direction', '=', f.direction);
  if (f.authorId) query = query.where('m.authorId', '=', f.authorId);
  if (f.from) query = query.where('m.occurredAt', '>=', new Date(f.from).toISOString());
  if (f.to) query = query.where('m.occurredAt', '<', new Date(f.to).toISOString());
  if (f.search) query = query.where(textSearch(db, 'communication', f.search, sql`m.id`, plan));
  return query;
}

/** The filter with an index of its own that narrows the journal to a record's entries, if any. */
const narrowed = (f: CommunicationFilters) =>
  f.contactId ?? f.clientId ?? f.projectId ?? f.taskId ?? f.documentId;

/**
 * The filters of a search that the journal's text index holds (migration 0033), as its scope:
 * the channel, the direction and the author — the author only for an id of the server's form
 * (`isIdToken`); with another, `outside` is true and the filter is left to the entries.
 */
function journalScope(f: CommunicationFilters): { scope: Scope; outside: boolean } {
  const author = f.authorId && isIdToken(f.authorId) ? f.authorId : undefined;
  const scope = [
    ...(f.channel ? [[`c${f.channel.toLowerCase()}`]] : []),
    ...(f.direction ? [[`d${f.direction}`]] : []),
    ...(author ? [[`a${scopeToken(author)}`]] : []),
  ];
  return { scope, outside: Boolean(f.authorId) && !author };
}

/** How many entries the record filters leave (a contact's, a client's…), counted in their index. */
const narrowedRows = (db: Executor, f: CommunicationFilters) =>
  filtered(db, {
    contactId: f.contactId,
    clientId: f.clientId,
    projectId: f.projectId,
    taskId: f.taskId,
    documentId: f.documentId,
  }).select(sql<number>`count(*)`.as('n'));

/** The whole journal's total: a sum of the monthly counters. */
const journalTotal = (db: Executor) =>
  db.selectFrom('communicationMonthStats').select(sql<number | string | null>`sum(n)`.as('total'));

/**
 * The total without counting communications, from the monthly counters kept by triggers
 * (migration 0011), when the list is filtered by channel, direction or author only: the whole
 * journal's total is a sum of a few hundred rows instead of a count of every entry.
 */
function countedTotal(db: Executor, f: CommunicationFilters) {
  const { channel, direction, authorId } = f;
  if (narrowed(f) || f.from || f.to || f.search) return undefined;
  if (authorId) {
    if (channel || direction) return undefined;
    return db
      .selectFrom('communicationAuthorMonthStats')
      .where('authorKey', '=', authorId)
      .select(sql<number | string | null>`sum(n)`.as('total'));
  }
  let total = journalTotal(db);
  if (channel) total = total.where('channel', '=', channel);
  if (direction) total = total.where('direction', '=', direction);
  return total;
}

/**
 * A history, newest first by default: of a contact, of a client (the union of its contacts',
 * one index range thanks to the client id kept on every row), or filtered across all.
 */
export async function listCommunications(
  db: Executor,
  f: CommunicationFilters,
  page: Pick<CommunicationsListQuery, 'page' | 'pageSize' | 'sort'>,
) {
  // A search alone is counted first, from the text index. On SQLite its page by date is the
  // index's first matches, whose keys follow the dates (migration 0031); in the order written a
  // word common enough has its page found by walking the journal's index in that order, a rarer
  // one's matches are sorted.
  const { search } = f;
  const byDate = page.sort.field === 'occurredAt';
  const { scope, outside } = journalScope(f);
  const searched = search
    ? await searchPlan(db, 'communication', search, {
        alone: !narrowed(f) && !outside,
        narrowed: Boolean(narrowed(f)),
        through: page.page * page.pageSize,
        // Both orders have an index: by date and by creation (migration 0029).
        ordered: true,
        scope,
        keyOrder: {
          inOrder: byDate,
          records: journalTotal(db),
          dates: f.from || f.to ? { from: f.from, to: f.to } : undefined,
        },
        narrowedRows: narrowedRows(db, f),
      })
    : undefined;
  const keyMatch = searched?.keyMatch;
  // The page's columns for keys already filtered: no filter is evaluated again.
  return paginate(
    baseQuery(db),
    page,
    { occurredAt: sql`m.occurred_at`, createdAt: sql`m.created_at` },
    sql`m.id`,
    {
      countFrom: filtered(db, f, searched),
      totalFrom: countedTotal(db, f),
      total: searched?.total,
      inKeyOrder: keyMatch !== undefined,
      pageKeys: keyMatch
        ? (limit, offset) =>
            keyOrderedPage(
              db,
              'communication',
              { keyMatch, keys: searched.keys },
              page.sort.direction,
              limit,
              offset,
            )
        : undefined,
    },
  );
}

/**
 * The latest communications a user wrote or that concern their clients (each communication
 * carries its client's manager, migration 0012), without a total: the newest few of each side
 * by its own index, merged — never the user's whole history.
 */
export function recentInvolving(
  db: Executor,
  userId: string,
  limit: number,
): Promise<CommunicationRow[]> {
  const ids = sql`select id from (select id from communications where author_id = ${userId}
      order by occurred_at desc ${pageWindow(limit, 0)}) as written
    union select id from (select id from communications where client_manager_id = ${userId}
      order by occurred_at desc ${pageWindow(limit, 0)}) as managed`;
  return withPageWindow(
    baseQuery(db)
      .where(sql<SqlBool>`m.id in (${ids})`)
      .orderBy('m.occurredAt', 'desc')
      .orderBy('m.id', 'desc'),
    limit,
  ).execute();
}

export function findCommunication(db: Executor, id: string): Promise<CommunicationRow | undefined> {
  return baseQuery(db).where('m.id', '=', id).executeTakeFirst();
}

/**
 * What a new entry copies and answers with besides its own fields: the contact's name, client
 * and client's name, and the author's name — one read, so the created entry is answered without
 * reading it back.
 */
export function contactAndAuthor(db: Executor, contactId: string, authorId: string) {
  return db
    .selectFrom('contacts as k')
    .innerJoin('clients as c', 'c.id', 'k.clientId')
    .leftJoin('users as a', (join) => join.on('a.id', '=', authorId))
    .select([
      'k.id',
      'k.clientId',
      'k.firstName as contactFirstName',
      'k.lastName as contactLastName',
      'c.name as clientName',
      'a.firstName as authorFirstName',
      'a.lastName as authorLastName',
    ])
    .where('k.id', '=', contactId)
    .executeTakeFirst();
}

/** The insert of a communication, to execute or to write with its audit entry (`writeAudited`). */
export function insertCommunication(q: Executor, row: Insertable<CommunicationsTable>) {
  return q.insertInto('communications').values(row);
}

export async function updateCommunication(
  db: Executor,
  id: string,
  changes: Updateable<CommunicationsTable>,
): Promise<void> {
  await db.updateTable('communications').set(changes).where('id', '=', id).execute();
}

export async function deleteCommunication(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('communications').where('id', '=', id).execute();
}
