import { type AnyDb, recreateIndex } from './portable.js';

/**
 * Open tasks in "by deadline, none last" order (as in 0018) along the indexes the home pages
 * read: a person's assignments (their fifty first open tasks, "my tasks" by state or deadline)
 * and the tasks of a manager's clients (their ten first). Each page is the first entries of its
 * range instead of a sort of the whole range (2,400 open assignments of the bench's developer,
 * 2,600 open tasks of a manager's clients). The assignments keep the team last: the caller's
 * scope is still checked from the index.
 */
const indexes = [
  {
    name: 'task_assignees_open_idx',
    table: 'task_assignees',
    before: 'user_id, task_is_done, task_deadline, task_id, task_team_id',
    after: 'user_id, task_is_done, (task_deadline is null), task_deadline, task_id, task_team_id',
  },
  {
    name: 'tasks_manager_idx',
    table: 'tasks',
    before: 'client_manager_id, is_done, deadline, id',
    after: 'client_manager_id, is_done, (deadline is null), deadline, id',
  },
];

export async function up(db: AnyDb): Promise<void> {
  for (const i of indexes) await recreateIndex(db, i.name, i.table, i.after);
}

export async function down(db: AnyDb): Promise<void> {
  for (const i of indexes) await recreateIndex(db, i.name, i.table, i.before);
}
