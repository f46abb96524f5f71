import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import { migrations as allMigrations } from '../../../migrations/index.js';
import type { Db } from './database.js';

/**
 * Brings the schema up to date. Each migration runs in its own transaction on both dialects
 * (SQLite and PostgreSQL both have transactional DDL), so a failing one leaves the database at the
 * last good migration and the error stops the start.
 */
export async function migrateToLatest(
  db: Db,
  migrations: Record<string, Migration> = allMigrations,
): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
