import { sql } from 'kysely';
import { type AnyDb, date, falseValue, flag, isPostgres, timestamp } from './portable.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // Lower-cased name: team names are unique whatever their case.
    .addColumn('name_key', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text')
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('updated_at', timestamp(db), (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();

  await db.schema
    .createTable('team_members')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('is_lead', flag(db), (c) => c.notNull().defaultTo(falseValue(db)))
    .addColumn('joined_at', timestamp(db), (c) => c.notNull())
    .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
    .execute();
  // The developers' scope asks "is this user in that team?": by user first.
  await db.schema
    .createIndex('team_members_user_idx')
    .on('team_members')
    .columns(['user_id', 'team_id'])
    .execute();
  await sql`create unique index team_members_one_lead on team_members (team_id) where is_lead = ${sql.raw(isPostgres(db) ? 'true' : '1')}`.execute(
    db,
  );

  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('budget_amount', 'bigint', (c) => c.notNull().check(sql`budget_amount >= 0`))
    .addColumn('budget_currency', 'text', (c) =>
      c.notNull().check(sql`budget_currency in ('UAH', 'USD', 'EUR')`),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('start_date', date(db))
    .addColumn('deadline', date(db))
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('updated_at', timestamp(db), (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('projects_team_idx')
    .on('projects')
    .columns(['team_id', 'name'])
    .execute();
  await db.schema
    .createIndex('projects_client_idx')
    .on('projects')
    .columns(['client_id', 'name'])
    .execute();
  await db.schema.createIndex('projects_name_idx').on('projects').columns(['name', 'id']).execute();
  await db.schema
    .createIndex('projects_status_idx')
    .on('projects')
    .columns(['status', 'name'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('deadline', timestamp(db))
    .addColumn('budget_amount', 'bigint', (c) => c.check(sql`budget_amount >= 0`))
    // Kept in step with the assignees' boxes in the same transaction: done = has assignees, all ticked.
    .addColumn('is_done', flag(db), (c) => c.notNull().defaultTo(falseValue(db)))
    .addColumn('done_at', timestamp(db))
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('updated_at', timestamp(db), (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('tasks_project_idx')
    .on('tasks')
    .columns(['project_id', 'is_done', 'deadline'])
    .execute();
  await db.schema
    .createIndex('tasks_status_idx')
    .on('tasks')
    .columns(['is_done', 'deadline'])
    .execute();
  await db.schema
    .createIndex('tasks_created_idx')
    .on('tasks')
    .columns(['created_at', 'id'])
    .execute();

  await db.schema
    .createTable('task_assignees')
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('done', flag(db), (c) => c.notNull().defaultTo(falseValue(db)))
    .addColumn('done_at', timestamp(db))
    .addPrimaryKeyConstraint('task_assignees_pk', ['task_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('task_assignees_user_idx')
    .on('task_assignees')
    .columns(['user_id', 'task_id'])
    .execute();

  await db.schema
    .createTable('task_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    // The task's project, kept with the row so a project's feed is one index range.
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('edited_at', timestamp(db))
    .execute();
  await db.schema
    .createIndex('task_comments_task_idx')
    .on('task_comments')
    .columns(['task_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('task_comments_project_idx')
    .on('task_comments')
    .columns(['project_id', 'created_at'])
    .execute();

  // Communications can now name the project and task they were about.
  await db.schema
    .alterTable('communications')
    .addColumn('project_id', 'text', (c) => c.references('projects.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('communications')
    .addColumn('task_id', 'text', (c) => c.references('tasks.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('communications_project_idx')
    .on('communications')
    .columns(['project_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('communications_task_idx')
    .on('communications')
    .columns(['task_id', 'occurred_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('communications_task_idx').execute();
  await db.schema.dropIndex('communications_project_idx').execute();
  await db.schema.alterTable('communications').dropColumn('task_id').execute();
  await db.schema.alterTable('communications').dropColumn('project_id').execute();
  for (const t of [
    'task_comments',
    'task_assignees',
    'tasks',
    'projects',
    'team_members',
    'teams',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
