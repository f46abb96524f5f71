import { sql } from 'kysely';
import { type AnyDb, isPostgres } from './portable.js';

/**
 * SQLite: the vocabularies of the task and document text indexes (migration 0028), as the
 * journal's has (0031): FTS5's own `fts5vocab` tables, each term of the index with how many
 * records hold it, read rather than stored. A search word is then matched as the few terms it
 * begins instead of as a prefix, which FTS5 answers by merging every entry of those terms first.
 * (A project search matches through its client's document too, and takes no plan from its own
 * index: none for projects.) PostgreSQL is unchanged.
 */
const kinds = ['task', 'document'];

export async function up(db: AnyDb): Promise<void> {
  if (isPostgres(db)) return;
  for (const kind of kinds) {
    await sql
      .raw(`create virtual table ${kind}_vocab using fts5vocab(${kind}_fts, col)`)
      .execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) return;
  for (const kind of kinds) await sql.raw(`drop table ${kind}_vocab`).execute(db);
}
