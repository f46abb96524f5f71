import { type AnyDb, isPostgres } from './portable.js';

/**
 * SQLite: the client search documents in name order. A search matching thousands of clients
 * lists its first page by walking this index and keeping the matches (a few hundred entries)
 * instead of reading and sorting every match; see `listClients`. PostgreSQL checks a match on
 * the document's vector, which an index walk would read row by row: it keeps sorting the matches.
 */
export async function up(db: AnyDb): Promise<void> {
  if (isPostgres(db)) return;
  await db.schema
    .createIndex('client_search_name_idx')
    .on('client_search')
    .columns(['name', 'owner_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) return;
  await db.schema.dropIndex('client_search_name_idx').execute();
}
