import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/harness.js';
import { openDatabase, PREPARED_SHAPES, type DatabaseHandle } from './database.js';
import { paginate } from './paging.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** One pooled connection, so every statement below runs in the same PostgreSQL session. */
async function oneConnection(): Promise<DatabaseHandle> {
  const f = await freshDatabase();
  const handle = openDatabase(
    f.config.dialect === 'postgres' ? { ...f.config, poolSize: 1 } : f.config,
  );
  cleanups.push(async () => {
    await handle.close();
    await f.drop();
  });
  return handle;
}

const LIST = 'select statement from pg_prepared_statements order by prepare_time';

/** The session's prepared statements, this query's own apart. */
const prepared = async (h: DatabaseHandle) =>
  (await sql<{ statement: string }>`${sql.raw(LIST)}`.execute(h.db)).rows
    .map((r) => r.statement)
    .filter((s) => s !== LIST);

describe.skipIf(!process.env.DATABASE_URL)('statements on PostgreSQL', () => {
  it('are prepared once per shape and connection, then executed with new values', async () => {
    const h = await oneConnection();
    const plus = (n: number) => sql<{ n: number }>`select ${n}::int + 1 as n`.execute(h.db);
    expect((await plus(1)).rows).toEqual([{ n: 2 }]);
    expect((await plus(41)).rows).toEqual([{ n: 42 }]);
    expect(await prepared(h)).toEqual(['select $1::int + 1 as n']);
  });

  it('texts without values keep the simple protocol, several statements in one; a lone select is prepared', async () => {
    const h = await oneConnection();
    await sql.raw('create table t (n int); insert into t values (7)').execute(h.db);
    await sql.raw('insert into t values (8)').execute(h.db);
    const read = await sql<{ n: number }>`select n from t where n = ${7}`.execute(h.db);
    expect(read.rows).toEqual([{ n: 7 }]);
    const total = () => sql<{ total: number }>`select sum(n)::int as total from t`.execute(h.db);
    expect((await total()).rows).toEqual([{ total: 15 }]);
    await sql.raw('insert into t values (9)').execute(h.db);
    expect((await total()).rows).toEqual([{ total: 24 }]);
    await sql.raw('select 1; select 2').execute(h.db);
    expect(await prepared(h)).toEqual([
      'select n from t where n = $1',
      'select sum(n)::int as total from t',
    ]);
  });

  it(`prepare at most ${PREPARED_SHAPES} shapes; the rest run unnamed`, async () => {
    const h = await oneConnection();
    for (let k = 0; k < PREPARED_SHAPES + 20; k++) {
      const r = await sql<{ n: number }>`select ${k}::int + ${sql.lit(k)} as n`.execute(h.db);
      expect(r.rows[0]?.n).toBe(2 * k);
    }
    const statements = await prepared(h);
    expect(statements).toHaveLength(PREPARED_SHAPES);
    expect(statements).toContain(`select $1::int + ${PREPARED_SHAPES - 1} as n`);
    expect(statements).not.toContain(`select $1::int + ${PREPARED_SHAPES} as n`);
  });

  it("write a page's limit into the text, and no offset for a first page (the later pages' bound)", async () => {
    const h = await oneConnection();
    await sql.raw('create table t (n int primary key)').execute(h.db);
    await sql.raw('insert into t select g from generate_series(1, 30) g').execute(h.db);
    const page = (n: number) =>
      paginate(
        h.db
          .selectFrom(sql`t`.as('t'))
          .select(sql<number>`n`.as('n'))
          .where(sql`n`, '>', 1),
        { page: n, pageSize: 7, sort: { field: 'n', direction: 'asc' } },
        { n: sql`n` },
        sql`n`,
      );
    const first = await page(1);
    expect(first.items.map((r) => r.n)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(first.total).toBe(29);
    const third = await page(3);
    expect(third.items.map((r) => r.n)).toEqual([16, 17, 18, 19, 20, 21, 22]);
    expect(third.total).toBe(29);
    const texts = (await prepared(h)).filter((text) => text.includes('limit'));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/ limit 7\)/);
    expect(texts[0]).not.toMatch(/offset/);
    expect(texts[1]).toMatch(/ limit 7 offset \$\d+\)/);
  });

  it('run in sessions in UTC, without JIT compilation or parallel workers', async () => {
    const h = await oneConnection();
    const setting = async (name: string) =>
      (await sql<{ value: string }>`select current_setting(${name}) as value`.execute(h.db)).rows[0]
        ?.value;
    expect(await setting('TimeZone')).toBe('UTC');
    expect(await setting('jit')).toBe('off');
    expect(await setting('max_parallel_workers_per_gather')).toBe('0');
  });
});
