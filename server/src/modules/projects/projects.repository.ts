import { projectStatuses, type ProjectsListQuery } from '@crm/contracts';
import { sql, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import { projectScope } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/auth/tokens.js';
import type { Executor } from '../../platform/db/audit.js';
import { isPostgresDb } from '../../platform/db/dialect.js';
import { matchingDocuments, textSearch } from '../../platform/db/fulltext.js';
import { NullsLast, paginate } from '../../platform/db/paging.js';
import type { ProjectsTable } from '../../platform/db/schema.js';

export type ProjectRow = Selectable<ProjectsTable> & {
  clientName: string;
  teamName: string;
  tasksTotal: number | string | null;
  tasksDone: number | string | null;
  tasksOverdue: number | string | null;
  tasksBudget: number | string | null;
};

const tasksBudget = sql<number>`s.tasks_budget`;
/**
 * A filter's view of the same figure: a lookup per candidate project by key, so the filtered
 * rows need no join (PostgreSQL hashed all 20,000 figures rows to check a manager's 300).
 */
const filterBudget = sql<number>`(select f.tasks_budget from project_task_stats f where f.project_id = p.id)`;

/**
 * Projects the actor may see (the one project scope), without joins: counting and paging keys
 * need none (each project has exactly one client; a search finds its client's name in the
 * client's search document), so a manager's ~400 or a team's ~1,000 projects skip those lookups.
 */
function scopedProjects(db: Executor, actor: Actor) {
  const q = db.selectFrom('projects as p');
  const scope = projectScope(actor, 'p.teamId');
  return scope ? q.where(scope) : q;
}

/**
 * The same with their state: task counts and budget from the figures kept by triggers (one row
 * per project), the clock-dependent overdue count by index range on
 * tasks(project_id, is_done, deadline) — never by loading the tasks.
 */
function visibleProjects(db: Executor, actor: Actor, now: string) {
  const scope = projectScope(actor, 'p.teamId');
  return db
    .selectFrom('projects as p')
    .innerJoin('clients as c', 'c.id', 'p.clientId')
    .innerJoin('teams as t', 't.id', 'p.teamId')
    .innerJoin('projectTaskStats as s', 's.projectId', 'p.id')
    .$if(scope !== null, (q) => q.where(scope!))
    .selectAll('p')
    .select([
      'c.name as clientName',
      't.name as teamName',
      's.tasksTotal',
      's.tasksDone',
      sql<number>`(select count(*) from tasks x where x.project_id = p.id and x.is_done = ${sql.lit(false)} and x.deadline < ${now})`.as(
        'tasksOverdue',
      ),
      tasksBudget.as('tasksBudget'),
    ]);
}

/**
 * The server's own status sets (home pages), written into the statement: with them and the
 * constant done flags bound, PostgreSQL costed the generic plan of a manager's projects at risk
 * above a plan made for each call's values and planned it anew for every request. Only the
 * contract's statuses are written, never other text.
 */
function statusLiterals(statuses: ProjectsTable['status'][]) {
  return statuses.map((status) => {
    if (!(projectStatuses as readonly string[]).includes(status)) {
      throw new Error(`Not a project status: ${status}`);
    }
    return sql.lit(status);
  });
}

/** Filters only the server uses (home pages). */
export type ProjectQuery = ProjectsListQuery & {
  clientManagerId?: string;
  teamIds?: string[];
  statusIn?: ProjectsTable['status'][];
  /** Overdue tasks or over budget. */
  atRisk?: boolean;
  withTotal?: boolean;
};

export function listProjects(db: Executor, actor: Actor, q: ProjectQuery, now: string) {
  let query = scopedProjects(db, actor);
  if (q.search) {
    // Its own name and description, or its client's search document (the client's name and
    // contact details).
    const clients = matchingDocuments(db, 'client', q.search);
    const own = textSearch(db, 'project', q.search, sql`p.id`);
    query = query.where(clients ? sql<SqlBool>`(${own} or p.client_id in (${clients}))` : own);
  }
  if (q.clientId) query = query.where('p.clientId', '=', q.clientId);
  if (q.teamId) query = query.where('p.teamId', '=', q.teamId);
  if (q.status) query = query.where('p.status', '=', q.status);
  if (q.statusIn) query = query.where('p.status', 'in', statusLiterals(q.statusIn));
  if (q.teamIds) query = query.where('p.teamId', 'in', q.teamIds.length > 0 ? q.teamIds : ['']);
  if (q.clientManagerId) {
    // The client's manager is copied onto its projects (migration 0012): one index range.
    query = query.where('p.clientManagerId', '=', q.clientManagerId);
  }
  if (q.atRisk) {
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`${filterBudget} > p.budget_amount`,
        eb.exists(
          eb
            .selectFrom('tasks as x')
            .select(sql`1`.as('one'))
            .whereRef('x.projectId', '=', 'p.id')
            .where('x.isDone', '=', sql.lit(false))
            .where('x.deadline', '<', now),
        ),
      ]),
    );
  }
  if (q.overBudget !== undefined) {
    query = query.where(
      q.overBudget
        ? sql<boolean>`${filterBudget} > p.budget_amount`
        : sql<boolean>`${filterBudget} <= p.budget_amount`,
    );
  }
  // Counted and paged over the filtered rows; the page's columns for those keys only.
  return paginate(
    visibleProjects(db, actor, now),
    q,
    {
      name: sql`p.name`,
      deadline: new NullsLast(sql`p.deadline`),
      createdAt: sql`p.created_at`,
      updatedAt: sql`p.updated_at`,
      status: sql`p.status`,
    },
    sql`p.id`,
    // On SQLite a search's two conditions (its own text, its client's document) look every
    // match up: done once for the page's keys and their count together, not once for each
    // ("harbor", 911 projects: 19 → 15 ms a request; a developer's 30 → 15). PostgreSQL counts
    // by hashing the matches and walks the name index for the page, which sorting every match
    // for the window's count made dearer for a common word ("portal", 2,464 projects: 15 → 23).
    { countFrom: query, totalWithKeys: Boolean(q.search) && !isPostgresDb(db) },
  );
}

export function findProject(
  db: Executor,
  actor: Actor,
  id: string,
  now: string,
): Promise<ProjectRow | undefined> {
  return visibleProjects(db, actor, now).where('p.id', '=', id).executeTakeFirst();
}

export async function insertProject(db: Executor, row: Insertable<ProjectsTable>): Promise<void> {
  await db.insertInto('projects').values(row).execute();
}

export async function updateProject(
  db: Executor,
  id: string,
  changes: Updateable<ProjectsTable>,
): Promise<void> {
  await db.updateTable('projects').set(changes).where('id', '=', id).execute();
}

/** Deletes a project with its tasks and their comments (communications keep, unlinked). */
export async function deleteProjectCascade(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('taskComments').where('projectId', '=', id).execute();
  await db.deleteFrom('tasks').where('projectId', '=', id).execute();
  await db.deleteFrom('projects').where('id', '=', id).execute();
}
