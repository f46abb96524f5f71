import { type AnyDb, createIndexOn } from './portable.js';

/**
 * The task list's descending orders by state and by deadline without sorting every task. Tasks
 * without a deadline go last in either direction, so the descending order is `(deadline is
 * null)` ascending, then the deadline descending: not the ascending indexes of 0018 read
 * backwards. These hold `(deadline is null)` descending and are read backwards (on PostgreSQL
 * too: a backward scan of a DESC column gives it ascending, NULLs last). A manager's "all tasks"
 * in either order is then the first entries of an index, as ascending already is.
 */
const indexes = [
  { name: 'tasks_order_desc_idx', columns: 'is_done, (deadline is null) desc, deadline, id' },
  { name: 'tasks_deadline_desc_idx', columns: '(deadline is null) desc, deadline, id' },
];

export async function up(db: AnyDb): Promise<void> {
  for (const index of indexes) {
    await createIndexOn(db, index.name, 'tasks', index.columns);
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const index of indexes) await db.schema.dropIndex(index.name).execute();
}
