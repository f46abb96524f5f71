import type { AnyDb } from './portable.js';

/** Indexes the benchmark at full scale asked for (see bench/README.md). */
export async function up(db: AnyDb): Promise<void> {
  // "Tasks I created" on the manager's home page.
  await db.schema.createIndex('tasks_created_by_idx').on('tasks').columns(['created_by']).execute();
  // The client list filtered by status and VIP, newest changes first: counted and paged from
  // the index alone.
  await db.schema
    .createIndex('clients_status_vip_idx')
    .on('clients')
    .columns(['status', 'is_vip', 'updated_at', 'id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('clients_status_vip_idx').execute();
  await db.schema.dropIndex('tasks_created_by_idx').execute();
}
