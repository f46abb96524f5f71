import type { DocumentsListQuery } from '@crm/contracts';
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/audit.js';
import { searchPlan, textSearch, type SearchPlan } from '../../platform/db/fulltext.js';
import { paginate } from '../../platform/db/paging.js';
import type { DocumentsTable } from '../../platform/db/schema.js';

export type DocumentRow = Selectable<DocumentsTable> & {
  clientName: string | null;
  projectName: string | null;
  taskTitle: string | null;
  authorFirstName: string | null;
  authorLastName: string | null;
};

const documents = (db: Executor) => db.selectFrom('documents as d');

function baseQuery(db: Executor) {
  return documents(db)
    .leftJoin('clients as c', 'c.id', 'd.clientId')
    .leftJoin('projects as p', 'p.id', 'd.projectId')
    .leftJoin('tasks as x', 'x.id', 'd.taskId')
    .leftJoin('users as u', 'u.id', 'd.authorId')
    .selectAll('d')
    .select([
      'c.name as clientName',
      'p.name as projectName',
      'x.title as taskTitle',
      'u.firstName as authorFirstName',
      'u.lastName as authorLastName',
    ]);
}

/**
 * The documents matching the list's filters, over the documents table alone: counted and their
 * page's keys taken without the page's joins (each a left join on a key: it never changes which
 * documents are listed), which are added for the page's rows only.
 */
function filtered(db: Executor, q: DocumentsListQuery, plan?: SearchPlan) {
  let query = documents(db);
  if (q.search) query = query.where(textSearch(db, 'document', q.search, sql`d.id`, plan));
  if (q.clientId) query = query.where('d.clientId', '=', q.clientId);
  if (q.projectId) query = query.where('d.projectId', '=', q.projectId);
  if (q.taskId) query = query.where('d.taskId', '=', q.taskId);
  if (q.authorId) query = query.where('d.authorId', '=', q.authorId);
  return query;
}

/** The filter with an index of its own that narrows the list to a record's documents, if any. */
const narrowed = (q: DocumentsListQuery) => q.clientId ?? q.projectId ?? q.taskId ?? q.authorId;

export async function listDocuments(db: Executor, q: DocumentsListQuery) {
  // A search alone is counted first, from the text index (on SQLite then walked in the title or
  // date index for a common word, or its matches sorted).
  const searched = q.search
    ? await searchPlan(db, 'document', q.search, {
        alone: !narrowed(q),
        narrowed: Boolean(narrowed(q)),
        through: q.page * q.pageSize,
        ordered: q.sort.field === 'title' || q.sort.field === 'createdAt',
      })
    : undefined;
  return paginate(
    baseQuery(db),
    q,
    {
      title: sql`d.title`,
      createdAt: sql`d.created_at`,
      updatedAt: sql`d.updated_at`,
      fileSize: sql`d.file_size`,
    },
    sql`d.id`,
    { countFrom: filtered(db, q, searched), total: searched?.total },
  );
}

export function findDocument(db: Executor, id: string): Promise<DocumentRow | undefined> {
  return baseQuery(db).where('d.id', '=', id).executeTakeFirst();
}

export async function insertDocument(db: Executor, row: Insertable<DocumentsTable>): Promise<void> {
  await db.insertInto('documents').values(row).execute();
}

export async function updateDocument(
  db: Executor,
  id: string,
  changes: Updateable<DocumentsTable>,
): Promise<void> {
  await db.updateTable('documents').set(changes).where('id', '=', id).execute();
}

export async function deleteDocument(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('documents').where('id', '=', id).execute();
}
