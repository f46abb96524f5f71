import { Migrator, NO_MIGRATIONS, sql, type Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/harness.js';
import { migrations } from '../../../migrations/index.js';
import { openDatabase, type DatabaseHandle } from './database.js';
import { migrateToLatest } from './migrate.js';
import { prepareDatabase } from './startup.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function fresh(): Promise<{
  handle: DatabaseHandle;
  config: Awaited<ReturnType<typeof freshDatabase>>['config'];
  dataDir: string;
}> {
  const f = await freshDatabase();
  const handle = openDatabase(f.config);
  cleanups.push(async () => {
    await handle.close().catch(() => undefined);
    await f.drop();
  });
  return { handle, config: f.config, dataDir: f.dataDir };
}

const tableNames = async (h: DatabaseHandle) =>
  (await h.db.introspection.getTables())
    .map((t) => t.name)
    .filter((n) => !n.startsWith('kysely_'))
    .sort();

describe('migrations', () => {
  it('apply from scratch, once, and are idempotent on restart', async () => {
    const { handle } = await fresh();
    expect(await migrateToLatest(handle.db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(handle.db)).toEqual([]);
    expect(await tableNames(handle)).toEqual(
      expect.arrayContaining([
        'audit_log',
        'login_throttle',
        'refresh_tokens',
        'users',
        'clients',
        'contacts',
        'communications',
      ]),
    );
  });

  it('every migration goes down and comes up again, with its triggers and derived data', async () => {
    const { handle } = await fresh();
    await migrateToLatest(handle.db);
    const migrator = new Migrator({
      db: handle.db,
      provider: { getMigrations: () => Promise.resolve(migrations) },
    });
    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    expect(await tableNames(handle)).toEqual([]);
    expect(await migrateToLatest(handle.db)).toEqual(Object.keys(migrations));
  });

  it('a failing migration stops everything and leaves no half-migrated schema', async () => {
    const { handle } = await fresh();
    const broken: Record<string, Migration> = {
      ...migrations,
      '2999-01-01-0001-broken': {
        up: async (db) => {
          await db.schema.createTable('half_done').addColumn('id', 'text').execute();
          await sql`this is not sql`.execute(db);
        },
      },
    };
    await expect(migrateToLatest(handle.db, broken)).rejects.toThrow(
      /2999-01-01-0001-broken failed/,
    );
    expect(await tableNames(handle)).toEqual([]);
  });

  it('prepareDatabase seeds demo users into an empty database only', async () => {
    const { config, dataDir } = await fresh();
    const first = await prepareDatabase({ database: config, demo: true, dataDir });
    expect(first.seeded).toBe(true);
    const users = await first.database.db
      .selectFrom('users')
      .select(['username', 'role'])
      .execute();
    expect(users.map((u) => u.username)).toEqual(
      expect.arrayContaining(['admin', 'manager', 'developer']),
    );
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['admin', 'manager', 'developer']));
    await first.database.close();
    const second = await prepareDatabase({ database: config, demo: true, dataDir });
    expect(second.seeded).toBe(false);
    await second.database.close();
  });

  it('SQLite runs in WAL mode with foreign keys on', async () => {
    const { handle } = await fresh();
    if (handle.dialect !== 'sqlite') return;
    const mode = await sql<{ journalMode: string }>`pragma journal_mode`.execute(handle.db);
    const fk = await sql<{ foreignKeys: number }>`pragma foreign_keys`.execute(handle.db);
    expect(mode.rows[0]?.journalMode).toBe('wal');
    expect(fk.rows[0]?.foreignKeys).toBe(1);
  });
});
