import { sql } from 'kysely';
import { type AnyDb, isPostgres } from './portable.js';

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

  const moved = ' and old.project_id <> new.project_id';
  if (isPostgres(db)) {
    await sql
      .raw(
        `create function project_task_stats_new() returns trigger language plpgsql as $$
        begin
          insert into project_task_stats (project_id) values (new.id);
          return null;
        end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger project_task_stats_project after insert on projects
         for each row execute function project_task_stats_new()`,
      )
      .execute(db);
    await sql
      .raw(
        `create function project_task_stats_sync() returns trigger language plpgsql as $$
        begin
          if tg_op = 'INSERT' then ${refresh(db, 'new.project_id')}
          elsif tg_op = 'DELETE' then ${refresh(db, 'old.project_id')}
          else ${refresh(db, 'new.project_id')} ${refresh(db, 'old.project_id', moved)}
          end if;
          return null;
        end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger project_task_stats_tasks after insert or delete
           or update of project_id, is_done, budget_amount on tasks
         for each row execute function project_task_stats_sync()`,
      )
      .execute(db);
    return;
  }
  for (const statement of [
    `create trigger project_task_stats_project after insert on projects begin
       insert into project_task_stats (project_id) values (new.id);
     end`,
    `create trigger project_task_stats_insert after insert on tasks begin
       ${refresh(db, 'new.project_id')}
     end`,
    `create trigger project_task_stats_delete after delete on tasks begin
       ${refresh(db, 'old.project_id')}
     end`,
    `create trigger project_task_stats_update after update of project_id, is_done, budget_amount
       on tasks begin
       ${refresh(db, 'new.project_id')} ${refresh(db, 'old.project_id', moved)}
     end`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw('drop trigger project_task_stats_tasks on tasks').execute(db);
    await sql.raw('drop trigger project_task_stats_project on projects').execute(db);
    await sql.raw('drop function project_task_stats_sync()').execute(db);
    await sql.raw('drop function project_task_stats_new()').execute(db);
  } else {
    for (const t of ['project', 'insert', 'delete', 'update']) {
      await sql.raw(`drop trigger project_task_stats_${t}`).execute(db);
    }
  }
  await db.schema.dropTable('project_task_stats').execute();
}
