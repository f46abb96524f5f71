import { sql } from 'kysely';
import {
  type AnyDb,
  createRowTriggers,
  dropRowTriggers,
  isPostgres,
  type RowTriggers,
} from './portable.js';

/**
 * Each project's task figures — how many tasks, how many done, the sum of their budgets — kept
 * by triggers, so a project list, a project page, "at risk" and "over budget" read one row per
 * project instead of adding up its tasks (a manager's home checked ~450 projects × their tasks
 * on every view). Overdue counts stay computed: they depend on the clock.
 */
const truth = (db: AnyDb) => (isPostgres(db) ? 'true' : '1');

function refresh(db: AnyDb, project: string, condition = ''): string {
  const done = truth(db);
  return `update project_task_stats set
      tasks_total = (select count(*) from tasks x where x.project_id = ${project}),
      tasks_done = (select count(*) from tasks x where x.project_id = ${project} and x.is_done = ${done}),
      tasks_budget = (select coalesce(sum(x.budget_amount), 0) from tasks x where x.project_id = ${project})
    where project_id = ${project}${condition};`;
}

const moved = ' and old.project_id <> new.project_id';
const triggers = (db: AnyDb): RowTriggers[] => [
  {
    name: 'project_task_stats_project',
    table: 'projects',
    insert: 'insert into project_task_stats (project_id) values (new.id);',
  },
  {
    name: 'project_task_stats',
    table: 'tasks',
    insert: refresh(db, 'new.project_id'),
    delete: refresh(db, 'old.project_id'),
    update: {
      of: ['project_id', 'is_done', 'budget_amount'],
      run: refresh(db, 'new.project_id') + refresh(db, 'old.project_id', moved),
    },
  },
];

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('project_task_stats')
    .addColumn('project_id', 'text', (c) =>
      c.primaryKey().references('projects.id').onDelete('cascade'),
    )
    .addColumn('tasks_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tasks_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tasks_budget', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql
    .raw(
      `insert into project_task_stats (project_id, tasks_total, tasks_done, tasks_budget)
       select p.id, count(x.id),
         coalesce(sum(case when x.is_done = ${truth(db)} then 1 else 0 end), 0),
         coalesce(sum(x.budget_amount), 0)
       from projects p left join tasks x on x.project_id = p.id
       group by p.id`,
    )
    .execute(db);

  for (const t of triggers(db)) await createRowTriggers(db, t);
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of triggers(db)) await dropRowTriggers(db, t);
  await db.schema.dropTable('project_task_stats').execute();
}
