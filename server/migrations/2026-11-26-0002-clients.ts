import { sql } from 'kysely';
import { type AnyDb, flag, falseValue, isPostgres, serial, timestamp } from './portable.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('client_statuses')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('is_built_in', flag(db), (c) => c.notNull().defaultTo(falseValue(db)))
    .execute();
  const builtIn = [
    ['lead', 'Lead'],
    ['active', 'Active'],
    ['paused', 'Paused'],
    ['former', 'Former'],
  ];
  for (const [i, [key, label]] of builtIn.entries()) {
    await db
      .insertInto('client_statuses')
      .values({ key, label, position: (i + 1) * 10, is_built_in: isPostgres(db) ? true : 1 })
      .execute();
  }

  await db.schema
    .createTable('clients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('individual', 'company')`))
    .addColumn('is_vip', flag(db), (c) => c.notNull().defaultTo(falseValue(db)))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().references('client_statuses.key'))
    .addColumn('manager_id', 'text', (c) => c.references('users.id'))
    .addColumn('marketing_consent', flag(db), (c) => c.notNull().defaultTo(falseValue(db)))
    .addColumn('notes', 'text')
    .addColumn('photo_key', 'text')
    .addColumn('photo_type', 'text')
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('updated_at', timestamp(db), (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('clients_name_idx').on('clients').columns(['name', 'id']).execute();
  await db.schema
    .createIndex('clients_status_idx')
    .on('clients')
    .columns(['status', 'name'])
    .execute();
  await db.schema
    .createIndex('clients_manager_idx')
    .on('clients')
    .columns(['manager_id', 'name'])
    .execute();
  await db.schema
    .createIndex('clients_created_idx')
    .on('clients')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('clients_updated_idx')
    .on('clients')
    .columns(['updated_at', 'id'])
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('notes', 'text')
    .addColumn('photo_key', 'text')
    .addColumn('photo_type', 'text')
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('updated_at', timestamp(db), (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('contacts_client_idx')
    .on('contacts')
    .columns(['client_id', 'last_name'])
    .execute();
  await db.schema
    .createIndex('contacts_name_idx')
    .on('contacts')
    .columns(['last_name', 'first_name', 'id'])
    .execute();
  await db.schema
    .createIndex('contacts_created_idx')
    .on('contacts')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('contacts_updated_idx')
    .on('contacts')
    .columns(['updated_at', 'id'])
    .execute();

  // Ways to reach a client or a contact: owned data, deleted with its owner.
  await db.schema
    .createTable('contact_details')
    .addColumn('id', serial(db), (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('client_id', 'text', (c) => c.references('clients.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('network', 'text')
    .addColumn('label', 'text')
    .addCheckConstraint(
      'contact_details_one_owner',
      sql`(client_id is null) <> (contact_id is null)`,
    )
    .execute();
  await db.schema
    .createIndex('contact_details_client_idx')
    .on('contact_details')
    .columns(['client_id', 'position'])
    .execute();
  await db.schema
    .createIndex('contact_details_contact_idx')
    .on('contact_details')
    .columns(['contact_id', 'position'])
    .execute();

  await db.schema
    .createTable('communications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
    // The contact's client, kept with the row so a client's history is one index range.
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('occurred_at', timestamp(db), (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('channel_note', 'text')
    .addColumn('direction', 'text', (c) =>
      c.notNull().check(sql`direction in ('incoming', 'outgoing')`),
    )
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('updated_at', timestamp(db), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('communications_client_idx')
    .on('communications')
    .columns(['client_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('communications_contact_idx')
    .on('communications')
    .columns(['contact_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('communications_author_idx')
    .on('communications')
    .columns(['author_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('communications_occurred_idx')
    .on('communications')
    .columns(['occurred_at', 'id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['communications', 'contact_details', 'contacts', 'clients', 'client_statuses']) {
    await db.schema.dropTable(t).execute();
  }
}
