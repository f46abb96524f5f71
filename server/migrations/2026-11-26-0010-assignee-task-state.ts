import { sql } from 'kysely';
import {
  type AnyDb,
  createRowTriggers,
  dropRowTriggers,
  falseValue,
  flag,
  type RowTriggers,
  timestamp,
} from './portable.js';

/**
 * Each assignment carries its task's state — done or not, deadline, project — kept by triggers,
 * with an index in "my open tasks by deadline" order: a person's task list and counts are one
 * index range over their own assignments instead of a lookup of each of their thousands of tasks.
 */
const copy = `task_is_done = t.is_done, task_deadline = t.deadline, task_project_id = t.project_id`;

const triggers: RowTriggers[] = [
  {
    name: 'assignee_task_state',
    table: 'tasks',
    update: {
      of: ['is_done', 'deadline', 'project_id'],
      run: `update task_assignees set task_is_done = new.is_done, task_deadline = new.deadline,
        task_project_id = new.project_id where task_id = new.id;`,
    },
  },
  {
    name: 'assignee_task_state_new',
    table: 'task_assignees',
    insert: `update task_assignees set
        task_is_done = (select t.is_done from tasks t where t.id = new.task_id),
        task_deadline = (select t.deadline from tasks t where t.id = new.task_id),
        task_project_id = (select t.project_id from tasks t where t.id = new.task_id)
      where task_id = new.task_id and user_id = new.user_id;`,
  },
];

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

  for (const t of triggers) await createRowTriggers(db, t);
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of triggers) await dropRowTriggers(db, t);
  await db.schema.dropIndex('task_assignees_open_idx').execute();
  for (const column of ['task_project_id', 'task_deadline', 'task_is_done']) {
    await db.schema.alterTable('task_assignees').dropColumn(column).execute();
  }
}
