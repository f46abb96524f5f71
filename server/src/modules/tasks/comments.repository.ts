import type { CommentsListQuery } from '@crm/contracts';
import { sql, type Insertable, type Selectable } from 'kysely';
import { projectScope } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/auth/tokens.js';
import type { Executor } from '../../platform/db/audit.js';
import { paginate } from '../../platform/db/paging.js';
import type { TaskCommentsTable } from '../../platform/db/schema.js';

export type CommentRow = Selectable<TaskCommentsTable> & {
  taskTitle: string;
  authorFirstName: string | null;
  authorLastName: string | null;
  authorPhotoKey: string | null;
};

function visibleComments(db: Executor, actor: Actor) {
  let q = db
    .selectFrom('taskComments as k')
    .innerJoin('tasks as x', 'x.id', 'k.taskId')
    .innerJoin('projects as p', 'p.id', 'k.projectId')
    .leftJoin('users as u', 'u.id', 'k.authorId')
    .selectAll('k')
    .select([
      'x.title as taskTitle',
      'u.firstName as authorFirstName',
      'u.lastName as authorLastName',
      'u.photoKey as authorPhotoKey',
    ]);
  const scope = projectScope(actor, 'p.teamId');
  if (scope) q = q.where(scope);
  return q;
}

/** Comments of one task, or — aggregated — of all tasks of one project; newest first by default. */
export function listComments(
  db: Executor,
  actor: Actor,
  where: { taskId: string } | { projectId: string },
  q: CommentsListQuery,
) {
  let query = visibleComments(db, actor);
  query =
    'taskId' in where
      ? query.where('k.taskId', '=', where.taskId)
      : query.where('k.projectId', '=', where.projectId);
  return paginate(query, q, { createdAt: sql`k.created_at` }, sql`k.id`);
}

export function findComment(
  db: Executor,
  actor: Actor,
  taskId: string,
  id: string,
): Promise<CommentRow | undefined> {
  return visibleComments(db, actor)
    .where('k.id', '=', id)
    .where('k.taskId', '=', taskId)
    .executeTakeFirst();
}

export async function insertComment(
  db: Executor,
  row: Insertable<TaskCommentsTable>,
): Promise<void> {
  await db.insertInto('taskComments').values(row).execute();
}

export async function updateComment(
  db: Executor,
  id: string,
  body: string,
  editedAt: string,
): Promise<void> {
  await db.updateTable('taskComments').set({ body, editedAt }).where('id', '=', id).execute();
}

export async function deleteComment(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('taskComments').where('id', '=', id).execute();
}
