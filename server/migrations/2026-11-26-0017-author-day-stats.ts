import type { AnyDb } from './portable.js';

/**
 * An author's daily communication counts by day: a manager's "communications in the last 30
 * days" adds up to 31 summary rows instead of counting their (up to tens of thousands of)
 * communications; the summary's key leads with the day, for the statistics' ranges.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('communication_author_stats_author_idx')
    .on('communication_author_stats')
    .columns(['author_key', 'day', 'n'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('communication_author_stats_author_idx').execute();
}
