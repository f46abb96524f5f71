import { type AnyDb, type CopiedColumn, addCopiedColumn, dropCopiedColumn } from './portable.js';

/**
 * Tasks carry their project's team, and assignments their task's team, kept by triggers (a
 * project moved to another team moves its tasks and their assignments with it). The developer's
 * scope — the tasks of their teams' projects — is then a condition on the row itself: a team's
 * tasks are one index range, and a person's assignments are checked against their two or three
 * teams instead of a list of every project of those teams built for each request.
 */
const copies: CopiedColumn[] = [
  {
    name: 'task_project_team',
    table: 'tasks',
    column: 'project_team_id',
    key: 'project_id',
    parent: 'projects',
    parentColumn: 'team_id',
  },
  {
    name: 'assignee_task_team',
    table: 'task_assignees',
    column: 'task_team_id',
    key: 'task_id',
    parent: 'tasks',
    parentColumn: 'project_team_id',
    rowKey: ['task_id', 'user_id'],
  },
];

const openColumns = ['user_id', 'task_is_done', 'task_deadline', 'task_id'];

export async function up(db: AnyDb): Promise<void> {
  for (const c of copies) await addCopiedColumn(db, c);
  await db.schema
    .createIndex('tasks_team_idx')
    .on('tasks')
    .columns(['project_team_id', 'is_done', 'deadline', 'id'])
    .execute();
  // "My open tasks by deadline" with the team last instead of the project: the scope check is
  // read from the index.
  await db.schema.dropIndex('task_assignees_open_idx').execute();
  await db.schema
    .createIndex('task_assignees_open_idx')
    .on('task_assignees')
    .columns([...openColumns, 'task_team_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('task_assignees_open_idx').execute();
  await db.schema
    .createIndex('task_assignees_open_idx')
    .on('task_assignees')
    .columns([...openColumns, 'task_project_id'])
    .execute();
  await db.schema.dropIndex('tasks_team_idx').execute();
  for (const c of [...copies].reverse()) await dropCopiedColumn(db, c);
}
