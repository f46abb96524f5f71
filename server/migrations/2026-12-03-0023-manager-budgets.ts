import { type AnyDb, createIndexOn } from './portable.js';

/**
 * A manager's clients' projects' budgets by currency, for the manager's home ("budget of my
 * clients' projects"): summed from this index alone, already grouped by currency, instead of
 * reading each of the manager's few hundred project rows and sorting them into groups
 * (SQLite, bench data: 0.3-0.4 ms -> 0.06 ms).
 */
const name = 'projects_manager_budget_idx';

export async function up(db: AnyDb): Promise<void> {
  await createIndexOn(db, name, 'projects', 'client_manager_id, budget_currency, budget_amount');
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex(name).execute();
}
