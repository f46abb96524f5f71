import type { Config } from '../../config.js';
import { seedDemo } from '../../modules/demo/demo.js';
import { openFileStore } from '../files/store.js';
import { openDatabase, type DatabaseHandle } from './database.js';
import { migrateToLatest } from './migrate.js';

/** Opens the configured database, migrates it, and seeds demo data into an empty one if asked. */
export async function prepareDatabase(
  config: Pick<Config, 'database' | 'demo' | 'dataDir'>,
): Promise<{ database: DatabaseHandle; migrated: string[]; seeded: boolean }> {
  const database = openDatabase(config.database);
  try {
    const migrated = await migrateToLatest(database.db);
    const seeded = config.demo ? await seedDemo(database.db, openFileStore(config)) : false;
    return { database, migrated, seeded };
  } catch (err) {
    await database.close();
    throw err;
  }
}
