import { type AnyDb, recreateIndex } from './portable.js';

/**
 * Projects by deadline order as `(deadline is null)`, then the deadline (a `NullsLast` term, as
 * tasks since 0018): the index of a manager's clients' projects by status and deadline holds
 * that expression too. With it, "my projects at risk" (three statuses, by deadline, ten of them)
 * stops reading each status's range once the page is full, as it did when the order was a plain
 * column; without it every candidate of the three statuses is checked and sorted.
 */
const name = 'projects_manager_idx';

export async function up(db: AnyDb): Promise<void> {
  await recreateIndex(
    db,
    name,
    'projects',
    'client_manager_id, status, (deadline is null), deadline, id',
  );
}

export async function down(db: AnyDb): Promise<void> {
  await recreateIndex(db, name, 'projects', 'client_manager_id, status, deadline, id');
}
