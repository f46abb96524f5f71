import { sql } from 'kysely';
import {
  type AnyDb,
  createIndexOn,
  createRowTriggers,
  dropRowTriggers,
  type RowTriggers,
} from './portable.js';

/**
 * The task list in its orders without sorting the whole table. Tasks without a deadline go
 * last; SQLite's indexes keep NULLs first, so the lists order by `(deadline is null)` and then
 * the deadline, and these indexes hold that expression: the first page of "all tasks" (a
 * manager's, 200,000 of them) or of one team's is the first entries of an index instead of a
 * sort of every task (350 ms at that scale). A developer's teams are merged from their team's
 * ranges (see `listTasks`).
 *
 * And the number of tasks per team, kept by triggers: the exact `total` of an unfiltered list —
 * every task, or a developer's teams' — is a sum of a few rows instead of a count of thousands.
 */
const orderIndexes = [
  { name: 'tasks_order_idx', columns: 'is_done, (deadline is null), deadline, id' },
  { name: 'tasks_deadline_order_idx', columns: '(deadline is null), deadline, id' },
  { name: 'tasks_title_idx', columns: 'title, id' },
  {
    name: 'tasks_team_order_idx',
    columns: 'project_team_id, is_done, (deadline is null), deadline, id',
  },
];

// A task's team is copied from its project (0013): on SQLite right after the insert, so a
// task is counted under '' for that moment and moved by the copy's update.
const teamKey = (row: 'new' | 'old') => `coalesce(${row}.project_team_id, '')`;
function change(row: 'new' | 'old', delta: 1 | -1): string {
  return `insert into team_task_counts (team_key, n) values (${teamKey(row)}, ${delta})
    on conflict (team_key) do update set n = team_task_counts.n + ${delta};`;
}

const triggers: RowTriggers = {
  name: 'team_task_counts',
  table: 'tasks',
  insert: change('new', 1),
  delete: change('old', -1),
  // On PostgreSQL the team is set by a trigger before the row is written, which "update of
  // project_team_id" does not see: a move to another project fires it too (-1 and +1 on the
  // same team when the team stays).
  update: { of: ['project_team_id', 'project_id'], run: change('old', -1) + change('new', 1) },
};

export async function up(db: AnyDb): Promise<void> {
  for (const index of orderIndexes) {
    await createIndexOn(db, index.name, 'tasks', index.columns);
  }
  // The team's index without the expression: the one above answers all it did.
  await db.schema.dropIndex('tasks_team_idx').execute();

  await db.schema
    .createTable('team_task_counts')
    // The team's id, or '' for a task whose team is not copied yet.
    .addColumn('team_key', 'text', (c) => c.notNull().primaryKey())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  await sql
    .raw(
      `insert into team_task_counts (team_key, n)
       select coalesce(project_team_id, ''), count(*) from tasks group by 1`,
    )
    .execute(db);
  await createRowTriggers(db, triggers);
}

export async function down(db: AnyDb): Promise<void> {
  await dropRowTriggers(db, triggers);
  await db.schema.dropTable('team_task_counts').execute();
  await db.schema
    .createIndex('tasks_team_idx')
    .on('tasks')
    .columns(['project_team_id', 'is_done', 'deadline', 'id'])
    .execute();
  for (const index of [...orderIndexes].reverse()) {
    await db.schema.dropIndex(index.name).execute();
  }
}
