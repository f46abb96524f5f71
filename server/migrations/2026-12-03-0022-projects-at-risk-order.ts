import { type AnyDb, createIndexOn } from './portable.js';

/**
 * A manager's clients' projects in deadline order (`(deadline is null)`, then the deadline), with
 * the status last. "My projects at risk" asks for three statuses by deadline, ten of them:
 * PostgreSQL cannot read the three status ranges of `projects_manager_idx` as one ordered
 * sequence, so it checked every candidate's risk (a few hundred per manager) and sorted them.
 * Along this index it walks the manager's projects in order, skips other statuses from the
 * index entry, and stops at the tenth at risk; SQLite takes it too.
 */
const name = 'projects_manager_deadline_idx';

export async function up(db: AnyDb): Promise<void> {
  await createIndexOn(
    db,
    name,
    'projects',
    'client_manager_id, (deadline is null), deadline, id, status',
  );
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex(name).execute();
}
