import { sql } from 'kysely';
import { type AnyDb, flag, isPostgres, serial, timestamp, date, trueValue } from './portable.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('admin', 'manager', 'developer')`),
    )
    .addColumn('is_active', flag(db), (c) => c.notNull().defaultTo(trueValue(db)))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('gender', 'text', (c) => c.check(sql`gender in ('female', 'male', 'other')`))
    .addColumn('date_of_birth', date(db))
    .addColumn('photo_key', 'text')
    .addColumn('photo_type', 'text')
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('updated_at', timestamp(db), (c) => c.notNull())
    .addColumn('last_login_at', timestamp(db))
    // Authorship is history: a user who did something cannot be deleted, only deactivated.
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('users_last_name_idx')
    .on('users')
    .columns(['last_name', 'first_name'])
    .execute();
  await db.schema.createIndex('users_role_idx').on('users').column('role').execute();

  await db.schema
    .createTable('refresh_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('family_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('expires_at', timestamp(db), (c) => c.notNull())
    .addColumn('used_at', timestamp(db))
    .addColumn('revoked_at', timestamp(db))
    .addColumn('user_agent', 'text')
    .addColumn('ip_address', 'text')
    .execute();
  await db.schema
    .createIndex('refresh_tokens_family_idx')
    .on('refresh_tokens')
    .column('family_id')
    .execute();
  await db.schema
    .createIndex('refresh_tokens_user_idx')
    .on('refresh_tokens')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', timestamp(db), (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', serial(db), (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', timestamp(db), (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('changes', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity', 'entity_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['audit_log', 'login_throttle', 'refresh_tokens', 'users']) {
    await db.schema.dropTable(t).execute();
  }
}
