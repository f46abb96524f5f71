import { type AnyDb, type CopiedColumn, addCopiedColumn, dropCopiedColumn } from './portable.js';

/**
 * Projects and communications carry their client's manager, kept by triggers, each with an
 * index: "the projects / the latest communications of my clients" is one index range instead
 * of a lookup for each of a manager's ~2,000 clients (most of whom have no project), which
 * every figure of the manager's home page paid. Clients get a (manager, VIP) index for the
 * VIP count.
 */
const copies: CopiedColumn[] = [
  {
    name: 'project_client_manager',
    table: 'projects',
    column: 'client_manager_id',
    key: 'client_id',
    parent: 'clients',
    parentColumn: 'manager_id',
  },
  {
    name: 'communication_client_manager',
    table: 'communications',
    column: 'client_manager_id',
    key: 'client_id',
    parent: 'clients',
    parentColumn: 'manager_id',
  },
];

export async function up(db: AnyDb): Promise<void> {
  for (const c of copies) await addCopiedColumn(db, c);
  await db.schema
    .createIndex('projects_manager_idx')
    .on('projects')
    .columns(['client_manager_id', 'status', 'deadline', 'id'])
    .execute();
  await db.schema
    .createIndex('communications_manager_idx')
    .on('communications')
    .columns(['client_manager_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('clients_manager_vip_idx')
    .on('clients')
    .columns(['manager_id', 'is_vip'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('clients_manager_vip_idx').execute();
  await db.schema.dropIndex('communications_manager_idx').execute();
  await db.schema.dropIndex('projects_manager_idx').execute();
  for (const c of [...copies].reverse()) await dropCopiedColumn(db, c);
}
