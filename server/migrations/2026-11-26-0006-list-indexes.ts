import type { AnyDb } from './portable.js';

/** Indexes the benchmark at full scale asked for (see bench/README.md). */
/**
 * Indexes that lead to a parent, widened with the row's id: the ids are text keys (not SQLite
 * rowids), so without them every "projects of these teams" or "clients of this manager" step
 * reads each row just to learn its id.
 */
const widened = [
  { name: 'projects_team_idx', table: 'projects', columns: ['team_id', 'name'] },
  { name: 'projects_client_idx', table: 'projects', columns: ['client_id', 'name'] },
  { name: 'clients_manager_idx', table: 'clients', columns: ['manager_id', 'name'] },
];

export async function up(db: AnyDb): Promise<void> {
  for (const index of widened) {
    await db.schema.dropIndex(index.name).execute();
    await db.schema
      .createIndex(index.name)
      .on(index.table)
      .columns([...index.columns, 'id'])
      .execute();
  }
  // A project's tasks in list order with their ids: a page of a developer's tasks (thousands,
  // over many projects) is sorted from the index without reading the rows.
  await db.schema.dropIndex('tasks_project_idx').execute();
  await db.schema
    .createIndex('tasks_project_idx')
    .on('tasks')
    .columns(['project_id', 'is_done', 'deadline', 'id'])
    .execute();
  // A user's assigned tasks (thousands for a busy developer), counted open/overdue from the
  // index alone instead of reading every task row.
  await db.schema
    .createIndex('tasks_state_idx')
    .on('tasks')
    .columns(['id', 'is_done', 'deadline'])
    .execute();
  // "Tasks I created" on the manager's home page.
  await db.schema.createIndex('tasks_created_by_idx').on('tasks').columns(['created_by']).execute();
  // Communication statistics: one pass over the range reads this narrow index, not the rows.
  await db.schema
    .createIndex('communications_stats_idx')
    .on('communications')
    .columns(['occurred_at', 'author_id', 'channel', 'direction'])
    .execute();
  // The client list filtered by status and VIP, newest changes first: counted and paged from
  // the index alone.
  await db.schema
    .createIndex('clients_status_vip_idx')
    .on('clients')
    .columns(['status', 'is_vip', 'updated_at', 'id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const index of widened) {
    await db.schema.dropIndex(index.name).execute();
    await db.schema.createIndex(index.name).on(index.table).columns(index.columns).execute();
  }
  await db.schema.dropIndex('tasks_state_idx').execute();
  await db.schema.dropIndex('communications_stats_idx').execute();
  await db.schema.dropIndex('clients_status_vip_idx').execute();
  await db.schema.dropIndex('tasks_created_by_idx').execute();
  await db.schema.dropIndex('tasks_project_idx').execute();
  await db.schema
    .createIndex('tasks_project_idx')
    .on('tasks')
    .columns(['project_id', 'is_done', 'deadline'])
    .execute();
}
