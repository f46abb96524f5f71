import { type AnyDb, type CopiedColumn, addCopiedColumn, dropCopiedColumn } from './portable.js';

/**
 * Tasks carry their project's copy of the client's manager (0012), kept by triggers down the
 * chain client → project → task: "my clients' open tasks by deadline" and their counts are one
 * index range instead of a walk over the ~430 projects of a manager's clients.
 */
const copy: CopiedColumn = {
  name: 'task_client_manager',
  table: 'tasks',
  column: 'client_manager_id',
  key: 'project_id',
  parent: 'projects',
  parentColumn: 'client_manager_id',
};

export async function up(db: AnyDb): Promise<void> {
  await addCopiedColumn(db, copy);
  await db.schema
    .createIndex('tasks_manager_idx')
    .on('tasks')
    .columns(['client_manager_id', 'is_done', 'deadline', 'id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('tasks_manager_idx').execute();
  await dropCopiedColumn(db, copy);
}
