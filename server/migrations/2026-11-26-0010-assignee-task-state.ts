import { sql } from 'kysely';
import { type AnyDb, falseValue, flag, isPostgres, timestamp } from './portable.js';

/**
 * Each assignment carries its task's state — done or not, deadline, project — kept by triggers,
 * with an index in "my open tasks by deadline" order: a person's task list and counts are one
 * index range over their own assignments instead of a lookup of each of their thousands of tasks.
 */
const copy = `task_is_done = t.is_done, task_deadline = t.deadline, task_project_id = t.project_id`;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('task_assignees')
    .addColumn('task_is_done', flag(db), (c) => c.notNull().defaultTo(falseValue(db)))
    .execute();
  await db.schema.alterTable('task_assignees').addColumn('task_deadline', timestamp(db)).execute();
  await db.schema.alterTable('task_assignees').addColumn('task_project_id', 'text').execute();
  await sql
    .raw(`update task_assignees set ${copy} from tasks t where t.id = task_assignees.task_id`)
    .execute(db);
  await db.schema
    .createIndex('task_assignees_open_idx')
    .on('task_assignees')
    // The project last: the caller's scope is checked from the index too.
    .columns(['user_id', 'task_is_done', 'task_deadline', 'task_id', 'task_project_id'])
    .execute();

  const fromTask = `update task_assignees set task_is_done = new.is_done,
      task_deadline = new.deadline, task_project_id = new.project_id where task_id = new.id;`;
  if (isPostgres(db)) {
    await sql
      .raw(
        `create function assignee_task_state_from_task() returns trigger language plpgsql as $$
        begin ${fromTask} return null; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger assignee_task_state after update of is_done, deadline, project_id on tasks
         for each row execute function assignee_task_state_from_task()`,
      )
      .execute(db);
    await sql
      .raw(
        `create function assignee_task_state_new() returns trigger language plpgsql as $$
        begin
          select t.is_done, t.deadline, t.project_id
            into new.task_is_done, new.task_deadline, new.task_project_id
            from tasks t where t.id = new.task_id;
          return new;
        end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger assignee_task_state_new before insert on task_assignees
         for each row execute function assignee_task_state_new()`,
      )
      .execute(db);
    return;
  }
  for (const statement of [
    `create trigger assignee_task_state after update of is_done, deadline, project_id on tasks
     begin ${fromTask} end`,
    `create trigger assignee_task_state_new after insert on task_assignees begin
       update task_assignees set
         task_is_done = (select t.is_done from tasks t where t.id = new.task_id),
         task_deadline = (select t.deadline from tasks t where t.id = new.task_id),
         task_project_id = (select t.project_id from tasks t where t.id = new.task_id)
       where task_id = new.task_id and user_id = new.user_id;
     end`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw('drop trigger assignee_task_state_new on task_assignees').execute(db);
    await sql.raw('drop trigger assignee_task_state on tasks').execute(db);
    await sql.raw('drop function assignee_task_state_new()').execute(db);
    await sql.raw('drop function assignee_task_state_from_task()').execute(db);
  } else {
    await sql.raw('drop trigger assignee_task_state_new').execute(db);
    await sql.raw('drop trigger assignee_task_state').execute(db);
  }
  await db.schema.dropIndex('task_assignees_open_idx').execute();
  for (const column of ['task_project_id', 'task_deadline', 'task_is_done']) {
    await db.schema.alterTable('task_assignees').dropColumn(column).execute();
  }
}
