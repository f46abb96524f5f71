import { sql } from 'kysely';
import { type AnyDb, isPostgres, timestamp } from './portable.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    // A document is the company's file: it outlives the client, project or task it was about.
    .addColumn('client_id', 'text', (c) => c.references('clients.id').onDelete('set null'))
    .addColumn('project_id', 'text', (c) => c.references('projects.id').onDelete('set null'))
    .addColumn('task_id', 'text', (c) => c.references('tasks.id').onDelete('set null'))
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('file_key', 'text', (c) => c.notNull().unique())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_size', 'bigint', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('updated_at', timestamp(db), (c) => c.notNull())
    .execute();
  for (const col of ['client_id', 'project_id', 'task_id', 'author_id']) {
    await db.schema
      .createIndex(`documents_${col}_idx`)
      .on('documents')
      .columns([col, 'created_at'])
      .execute();
  }
  await db.schema
    .createIndex('documents_created_idx')
    .on('documents')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('documents_title_idx')
    .on('documents')
    .columns(['title', 'id'])
    .execute();

  await db.schema
    .alterTable('communications')
    .addColumn('document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('communications_document_idx')
    .on('communications')
    .columns(['document_id', 'occurred_at'])
    .execute();

  await db.schema
    .createTable('advice')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('topic_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('updated_at', timestamp(db), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('advice_topic_idx')
    .on('advice')
    .columns(['topic_key', 'created_at'])
    .execute();
  await db.schema
    .createIndex('advice_created_idx')
    .on('advice')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('advice_author_idx')
    .on('advice')
    .columns(['author_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('advice_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('advice_id', 'text', (c) => c.notNull().references('advice.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp(db), (c) => c.notNull())
    .addColumn('edited_at', timestamp(db))
    .execute();
  await db.schema
    .createIndex('advice_comments_advice_idx')
    .on('advice_comments')
    .columns(['advice_id', 'created_at'])
    .execute();

  // Full-text search over tips: a weighted tsvector with GIN on PostgreSQL; an FTS5 table kept
  // by triggers on SQLite (its own copy of the text, so it never depends on rowids).
  if (isPostgres(db)) {
    await sql`alter table advice add column search tsvector generated always as (
      setweight(to_tsvector('simple', title), 'A') ||
      setweight(to_tsvector('simple', topic), 'B') ||
      setweight(to_tsvector('simple', body), 'C')) stored`.execute(db);
    await sql`create index advice_search_idx on advice using gin (search)`.execute(db);
  } else {
    await sql`create virtual table advice_fts using fts5(advice_id unindexed, title, topic, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await sql`create trigger advice_fts_insert after insert on advice begin
      insert into advice_fts (advice_id, title, topic, body) values (new.id, new.title, new.topic, new.body);
    end`.execute(db);
    await sql`create trigger advice_fts_update after update of title, topic, body on advice begin
      delete from advice_fts where advice_id = old.id;
      insert into advice_fts (advice_id, title, topic, body) values (new.id, new.title, new.topic, new.body);
    end`.execute(db);
    await sql`create trigger advice_fts_delete after delete on advice begin
      delete from advice_fts where advice_id = old.id;
    end`.execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  if (!isPostgres(db)) await sql`drop table advice_fts`.execute(db);
  await db.schema.dropTable('advice_comments').execute();
  await db.schema.dropTable('advice').execute();
  await db.schema.dropIndex('communications_document_idx').execute();
  await db.schema.alterTable('communications').dropColumn('document_id').execute();
  await db.schema.dropTable('documents').execute();
}
