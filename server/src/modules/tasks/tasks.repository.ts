import type { TasksListQuery } from '@crm/contracts';
import {
  sql,
  type Insertable,
  type RawBuilder,
  type Selectable,
  type SqlBool,
  type Updateable,
} from 'kysely';
import { projectScope, scopeTeams } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/auth/tokens.js';
import type { Executor } from '../../platform/db/audit.js';
import type { Db } from '../../platform/db/database.js';
import { scopeToken, searchPlan, textSearch } from '../../platform/db/fulltext.js';
import { isPostgresDb } from '../../platform/db/dialect.js';
import { NullsLast, pageEndLimit, pageWindow, paginate } from '../../platform/db/paging.js';
import type { TasksTable } from '../../platform/db/schema.js';

export type TaskRow = Selectable<TasksTable> & {
  projectName: string;
  currency: 'UAH' | 'USD' | 'EUR';
  teamId: string;
  commentsCount: number | string | null;
};

/**
 * Tasks of the projects the actor may see (the one project scope, on the project's team each
 * task carries — migration 0013), without columns; joined to their project only where a filter
 * reads it, so a team's tasks are counted and paged from one index.
 */
function scopedTasks(db: Executor, actor: Actor, joinProject: boolean) {
  const scope = projectScope(actor, 'x.projectTeamId');
  const q = db
    .selectFrom('tasks as x')
    .$if(joinProject, (j) => j.innerJoin('projects as p', 'p.id', 'x.projectId'));
  return scope ? q.where(scope) : q;
}

/** The same, with every column a task shows. */
function visibleTasks(db: Executor, actor: Actor) {
  const scope = projectScope(actor, 'x.projectTeamId');
  return db
    .selectFrom('tasks as x')
    .innerJoin('projects as p', 'p.id', 'x.projectId')
    .$if(scope !== null, (q) => q.where(scope!))
    .selectAll('x')
    .select([
      'p.name as projectName',
      'p.budgetCurrency as currency',
      'p.teamId as teamId',
      sql<number>`(select count(*) from task_comments k where k.task_id = x.id)`.as(
        'commentsCount',
      ),
    ]);
}

/** The tasks a user is assigned to. */
export function tasksOf(db: Executor, userId: string) {
  return db.selectFrom('taskAssignees as ta').select('ta.taskId').where('ta.userId', '=', userId);
}

/** Filters only the server uses (home pages): tasks of the projects of a manager's clients. */
export type TaskQuery = TasksListQuery & { clientManagerId?: string; withTotal?: boolean };

/** Done / overdue filters, on a row `x` with `is_done` and `deadline`. */
function stateConditions(q: TaskQuery, now: string): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  if (q.isDone !== undefined) conditions.push(sql<SqlBool>`x.is_done = ${q.isDone}`);
  if (q.isOverdue === true) {
    conditions.push(sql<SqlBool>`x.is_done = ${false} and x.deadline < ${now}`);
  }
  if (q.isOverdue === false) {
    conditions.push(
      sql<SqlBool>`(x.is_done = ${true} or x.deadline is null or x.deadline >= ${now})`,
    );
  }
  return conditions;
}

/** Filters other than the assignee and the task's state. */
const narrowedBeyondPerson = (q: TaskQuery): boolean =>
  Boolean(q.search || q.projectId || q.teamId || q.clientId || q.clientManagerId);

/**
 * One person's tasks by deadline or state (their home page, "my tasks"): counted and paged from
 * their assignments, which carry each task's state (migration 0010), along one index range —
 * a derived table shaped like `tasks as x`. Undefined when other filters or sorts need the tasks.
 */
function assignedTasks(db: Executor, actor: Actor, q: TaskQuery, now: string) {
  if (
    !q.assigneeId ||
    narrowedBeyondPerson(q) ||
    (q.sort.field !== 'deadline' && q.sort.field !== 'status')
  ) {
    return undefined;
  }
  let rows = assignmentsOf(db, actor, q.assigneeId);
  for (const condition of stateConditions(q, now)) rows = rows.where(condition);
  return rows;
}

/**
 * A person's assignments the actor may see, each with its task's state (migrations 0010, 0013):
 * a derived table `x` with the task's `id`, `is_done`, `deadline` and `team_id`.
 */
export function assignmentsOf(db: Executor, actor: Actor, userId: string) {
  const rows = db.selectFrom(
    sql<{ id: string }>`(select a.task_id as id, a.task_is_done as is_done,
      a.task_deadline as deadline, a.task_team_id as team_id
      from task_assignees a where a.user_id = ${userId})`.as('x'),
  );
  const scope = projectScope(actor, 'x.teamId');
  return scope ? rows.where(scope) : rows;
}

/** Tasks without a deadline last, in either direction (indexed ascending: migration 0018). */
const byDeadline = new NullsLast(sql`x.deadline`);

/**
 * The page's keys of a developer's unfiltered list in its default order: their teams' ranges of
 * the team index (migration 0018), each already in that order, merged by the database as far as
 * the page's end — instead of sorting every task of their teams, as SQLite does for an `in` list
 * (first page 1.7 → 0.14 ms, page 200 6.5 → 1.0 ms for two teams' 10,000 tasks).
 */
async function teamsPageKeys(
  db: Executor,
  developer: Actor,
  limit: number,
  offset: number,
): Promise<string[]> {
  const scope = scopeTeams(developer);
  if (!scope) return [];
  const order = sql`is_done, no_deadline, deadline, id`;
  const columns = sql`id, is_done, (deadline is null) as no_deadline, deadline`;
  if (isPostgresDb(db)) {
    // Each team's range ordered and limited on its own (PostgreSQL merges them only so), the
    // teams joined laterally: one round trip, where reading the teams first took two.
    const { rows } = await sql<{ id: string }>`select t.id from (${scope}) as s
      cross join lateral (select ${columns} from tasks where project_team_id = s.team_id
        order by ${order} ${pageEndLimit(limit, offset)}) as t
      order by ${order} ${pageWindow(limit, offset)}`.execute(db);
    return rows.map((r) => r.id);
  }
  // SQLite accepts neither ordered nor limited parts in a compound query, and merges without.
  const teams = (await teamsOf(db, developer)) ?? [];
  if (teams.length === 0) return [];
  const ranges = teams.map(
    (teamId) => sql`select ${columns} from tasks where project_team_id = ${teamId}`,
  );
  const { rows } = await sql<{ id: string }>`${sql.join(ranges, sql` union all `)}
    order by ${order} ${pageWindow(limit, offset)}`.execute(db);
  return rows.map((r) => r.id);
}

/** The ids of the teams whose tasks the actor may see, or undefined when they see every team. */
async function teamsOf(db: Executor, actor: Actor): Promise<string[] | undefined> {
  const scope = scopeTeams(actor);
  return scope ? (await scope.execute(db)).rows.map((t) => t.teamId) : undefined;
}

/**
 * The teams whose tasks the actor may see as the scope of a search (their tokens in the text
 * index: migration 0030), or undefined when they see every team.
 */
async function teamScope(db: Executor, actor: Actor) {
  const teams = await teamsOf(db, actor);
  return teams && [teams.map(scopeToken)];
}

/** The number of tasks the actor may see, from the per-team counts (migration 0018). */
function taskTotal(db: Executor, actor: Actor) {
  const total = db
    .selectFrom('teamTaskCounts as c')
    .select(sql<number | string | null>`sum(c.n)`.as('total'));
  const scope = projectScope(actor, 'c.teamKey');
  return scope ? total.where(scope) : total;
}

/** The sorts with an index in their order over all tasks (migrations 0006, 0018, 0020). */
const indexedSorts = new Set(['status', 'deadline', 'createdAt', 'title']);

export async function listTasks(db: Executor, actor: Actor, q: TaskQuery, now: string) {
  let query = scopedTasks(db, actor, Boolean(q.clientId));
  // A search narrowed by another filter checks each narrowed task's text; a search alone is
  // counted first (on SQLite then walked or sorted by its matches) — a developer's too, as the
  // text index holds each task's team (migration 0030).
  const states = stateConditions(q, now);
  const narrowed = Boolean(
    q.projectId || q.teamId || q.clientId || q.clientManagerId || q.assigneeId,
  );
  const searched = q.search
    ? await searchPlan(db, 'task', q.search, {
        alone: !narrowed && states.length === 0,
        narrowed,
        through: q.page * q.pageSize,
        ordered: indexedSorts.has(q.sort.field),
        scope: await teamScope(db, actor),
      })
    : undefined;
  if (q.search) query = query.where(textSearch(db, 'task', q.search, sql`x.id`, searched));
  if (q.projectId) query = query.where('x.projectId', '=', q.projectId);
  if (q.teamId) query = query.where('x.projectTeamId', '=', q.teamId);
  if (q.clientId) query = query.where(sql<SqlBool>`p.client_id = ${q.clientId}`);
  // Each task carries its client's manager (migration 0014): one index range.
  if (q.clientManagerId) query = query.where('x.clientManagerId', '=', q.clientManagerId);
  // An `in (…)` list that starts from the selective side, a person's assignments.
  if (q.assigneeId) query = query.where('x.id', 'in', tasksOf(db, q.assigneeId));
  for (const condition of states) query = query.where(condition);
  const unfiltered = states.length === 0 && !q.assigneeId && !narrowedBeyondPerson(q);
  const mergesTeams =
    unfiltered &&
    actor.role === 'developer' &&
    q.sort.field === 'status' &&
    q.sort.direction === 'asc';
  // Counted and paged over the filtered rows; the page's columns for those keys only, with no
  // filter evaluated again (an assignee's id list is built once).
  return paginate(
    visibleTasks(db, actor),
    q,
    {
      status: [sql`x.is_done`, byDeadline],
      deadline: byDeadline,
      createdAt: sql`x.created_at`,
      updatedAt: sql`x.updated_at`,
      title: sql`x.title`,
    },
    sql`x.id`,
    {
      countFrom: assignedTasks(db, actor, q, now) ?? query,
      ...(unfiltered ? { totalFrom: taskTotal(db, actor) } : {}),
      total: searched?.total,
      ...(mergesTeams
        ? {
            inKeyOrder: true,
            pageKeys: (limit: number, offset: number) => teamsPageKeys(db, actor, limit, offset),
          }
        : {}),
    },
  );
}

export function findTask(db: Executor, actor: Actor, id: string): Promise<TaskRow | undefined> {
  return visibleTasks(db, actor).where('x.id', '=', id).executeTakeFirst();
}

export interface AssigneeRow {
  taskId: string;
  userId: string;
  done: boolean | number;
  doneAt: string | null;
  firstName: string;
  lastName: string;
  photoKey: string | null;
}

export function assigneesOf(db: Executor, taskIds: string[]): Promise<AssigneeRow[]> {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('taskAssignees as a')
    .innerJoin('users as u', 'u.id', 'a.userId')
    .select([
      'a.taskId',
      'a.userId',
      'a.done',
      'a.doneAt',
      'u.firstName',
      'u.lastName',
      'u.photoKey',
    ])
    .where('a.taskId', 'in', taskIds)
    .orderBy('u.lastName')
    .orderBy('u.firstName')
    .execute();
}

export async function insertTask(db: Executor, row: Insertable<TasksTable>): Promise<void> {
  await db.insertInto('tasks').values(row).execute();
}

export async function updateTask(
  db: Executor,
  id: string,
  changes: Updateable<TasksTable>,
): Promise<void> {
  await db.updateTable('tasks').set(changes).where('id', '=', id).execute();
}

export async function deleteTask(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('tasks').where('id', '=', id).execute();
}

/** Sets the assignees; those who stay keep their box and its date. */
export async function replaceAssignees(
  db: Executor,
  taskId: string,
  userIds: string[],
): Promise<void> {
  let gone = db.deleteFrom('taskAssignees').where('taskId', '=', taskId);
  if (userIds.length > 0) gone = gone.where('userId', 'not in', userIds);
  await gone.execute();
  const existing = await db
    .selectFrom('taskAssignees')
    .select('userId')
    .where('taskId', '=', taskId)
    .execute();
  const have = new Set(existing.map((e) => e.userId));
  const added = userIds.filter((u) => !have.has(u));
  if (added.length > 0) {
    await db
      .insertInto('taskAssignees')
      .values(added.map((userId) => ({ taskId, userId, done: false, doneAt: null })))
      .execute();
  }
}

/**
 * Sets one assignee's box; false when the user is not an assignee — or, given `task` (the task's
 * row as a query), when that query finds no row.
 */
export async function setAssigneeDone(
  db: Executor,
  taskId: string,
  userId: string,
  done: boolean,
  now: string,
  task?: ReturnType<typeof scopedTasks>,
): Promise<boolean> {
  const r = await db
    .updateTable('taskAssignees')
    .set({ done, doneAt: done ? now : null })
    .where('taskId', '=', taskId)
    .where('userId', '=', userId)
    .$if(task !== undefined, (q) => q.where((eb) => eb.exists(task!.select(sql`1`.as('one')))))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Ticks or unticks one assignee's box of a task the actor may see and recomputes the task's done
 * flag; false (and nothing changed) when the task is not there, not in the actor's scope, or the
 * user is not its assignee — the caller tells these apart only then. The scope is a condition of
 * the write itself, not a lookup before it. On PostgreSQL one statement: `task_tick` (migration
 * 0024) called for the task's row only when that row is in scope. The function locks the task's
 * row first: PostgreSQL reads committed rows, so two ticks of the last two boxes at the same
 * moment would each read the other as open and leave the task open; with the lock the second
 * waits and its recount sees the first. As one statement that commits by itself, the row is
 * locked for the function and its commit, not for the round trips of a transaction. SQLite
 * writes one transaction at a time already.
 */
export async function tickBox(
  db: Db,
  actor: Actor,
  taskId: string,
  userId: string,
  done: boolean,
  now: string,
): Promise<boolean> {
  const visible = scopedTasks(db, actor, false).where('x.id', '=', taskId);
  if (isPostgresDb(db)) {
    // The select list is evaluated only for the rows the where clause admits.
    const row = await visible
      .select(sql<boolean>`task_tick(${taskId}, ${userId}, ${done}, ${now})`.as('ticked'))
      .executeTakeFirst();
    return row?.ticked === true;
  }
  return await db.transaction().execute(async (trx) => {
    if (!(await setAssigneeDone(trx, taskId, userId, done, now, visible))) return false;
    await refreshTaskDone(trx, taskId, now);
    return true;
  });
}

/**
 * Recomputes the task's done flag from its boxes — done = has assignees and all ticked — in one
 * statement, changing the row only when the flag changes. On PostgreSQL the caller holds the
 * task's row (an update of the task in the same transaction). `task_tick` (migration 0024) holds
 * the same rule for PostgreSQL's ticks in the same words: changing the rule here takes a new
 * migration that replaces that function too.
 */
export async function refreshTaskDone(db: Executor, taskId: string, now: string): Promise<void> {
  const at = isPostgresDb(db) ? sql`cast(${now} as timestamptz)` : sql`${now}`;
  await sql`update tasks set is_done = s.done, done_at = case when s.done then ${at} end
    from (select count(*) > 0 and count(*) = sum(case when a.done then 1 else 0 end) as done
      from task_assignees a where a.task_id = ${taskId}) as s
    where tasks.id = ${taskId} and tasks.is_done <> s.done`.execute(db);
}

/** Which of the users are members of the team. */
export async function teamMembersAmong(
  db: Executor,
  teamId: string,
  userIds: string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('teamMembers')
    .select('userId')
    .where('teamId', '=', teamId)
    .where('userId', 'in', userIds)
    .execute();
  return new Set(rows.map((r) => r.userId));
}

/** Active users among the ids, with their roles. */
export async function activeUsersWithRoles(
  db: Executor,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', 'in', ids)
    .where('isActive', '=', true)
    .execute();
  return new Map(rows.map((r) => [r.id, r.role]));
}
