import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database.js';

/** SQLite only: plain selects go to the reader threads, everything else to the main connection. */
describe.skipIf(Boolean(process.env.DATABASE_URL))('SQLite reader threads', () => {
  let dir: string;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'crm-readers-'));
    handle = openDatabase({ dialect: 'sqlite', file: path.join(dir, 'crm.sqlite'), readers: 1 });
    await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
  });
  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const bodies = async (db: DatabaseHandle['db'] = handle.db) =>
    (
      await (db as unknown as Kysely<{ notes: { id: number; body: string } }>)
        .selectFrom('notes')
        .select('body')
        .orderBy('id')
        .execute()
    ).map((r) => r.body);

  it('a select sees every write committed before it, in Unicode case folding too', async () => {
    await sql`insert into notes (body) values ('Їжак')`.execute(handle.db);
    expect(await bodies()).toEqual(['Їжак']);
    const folded = await (handle.db as unknown as Kysely<{ notes: { body: string } }>)
      .selectFrom('notes')
      .select(sql<string>`lower(body)`.as('low'))
      .executeTakeFirstOrThrow();
    expect(folded.low).toBe('їжак');
  });

  it('runs beside an open transaction: the transaction reads its own writes, others the committed state', async () => {
    const outside: string[][] = [];
    await handle.db.transaction().execute(async (trx) => {
      await sql`insert into notes (body) values ('draft')`.execute(trx);
      expect(await bodies(trx)).toEqual(['Їжак', 'draft']);
      // The main connection is held by this transaction: with no reader this select would wait
      // for the commit, and the transaction for it.
      outside.push(
        await Promise.race([
          bodies(),
          new Promise<string[]>((_, reject) =>
            setTimeout(() => reject(new Error('the select waited for the transaction')), 3_000),
          ),
        ]),
      );
    });
    expect(outside).toEqual([['Їжак']]);
    expect(await bodies()).toEqual(['Їжак', 'draft']);
  });

  it('rows come back keyed as from the main connection: camelCase names, the last of a repeated one', async () => {
    type Notes = { notes: { id: number; body: string } };
    const query = (db: DatabaseHandle['db']) =>
      (db as unknown as Kysely<Notes>)
        .selectFrom('notes as a')
        .innerJoin('notes as b', 'b.id', 'a.id')
        .select([
          'a.id',
          'b.body',
          sql<string>`upper(a.body)`.as('shoutedBody'),
          sql<number>`a.id * 10`.as('id'),
        ])
        .orderBy('a.id')
        .execute();
    // Twice from the readers (the second time the worker does not send the names again),
    // once from the main connection, held by a transaction.
    const first = await query(handle.db);
    const second = await query(handle.db);
    const main = await handle.db.transaction().execute((trx) => query(trx));
    expect(first).toEqual([
      { id: 10, body: 'Їжак', shoutedBody: 'ЇЖАК' },
      { id: 20, body: 'draft', shoutedBody: 'DRAFT' },
    ]);
    expect(Object.keys(first[0] ?? {})).toEqual(['id', 'body', 'shoutedBody']);
    expect(second).toEqual(first);
    expect(main).toEqual(first);
  });

  it('values come back exact: integers to 2^53, reals, text of any kind, nulls, bytes', async () => {
    await sql`create table kinds (id integer primary key, i integer, r real, t text, b blob)`.execute(
      handle.db,
    );
    const text = 'Їжак "in quotes" \\ back\nline\u0000nul\u2028sep\u{1F600}';
    await sql`insert into kinds (i, r, t, b) values
      (${Number.MAX_SAFE_INTEGER}, ${0.1}, ${text}, ${Buffer.from([0, 255, 1])}),
      (${-Number.MAX_SAFE_INTEGER}, ${1e-7}, ${null}, ${null})`.execute(handle.db);
    type Kinds = { kinds: { id: number; i: number; r: number; t: string | null; b: unknown } };
    const values = (db: DatabaseHandle['db']) =>
      (db as unknown as Kysely<Kinds>)
        .selectFrom('kinds')
        .select(['i', 'r', 't'])
        .orderBy('id')
        .execute();
    const expected = [
      { i: Number.MAX_SAFE_INTEGER, r: 0.1, t: text },
      { i: -Number.MAX_SAFE_INTEGER, r: 1e-7, t: null },
    ];
    expect(await values(handle.db)).toEqual(expected);
    expect(await handle.db.transaction().execute((trx) => values(trx))).toEqual(expected);
    // A BLOB column's bytes arrive as bytes.
    const bytes = await (handle.db as unknown as Kysely<Kinds>)
      .selectFrom('kinds')
      .select('b')
      .orderBy('id')
      .execute();
    expect(bytes[0]?.b).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes[0]?.b as Uint8Array)).toEqual([0, 255, 1]);
    expect(bytes[1]?.b).toBeNull();
  });

  it("an answer larger than the reader's space for new objects comes back whole", async () => {
    // About 35 MB of JSON text from a reader (a select, so not the main connection's), whose
    // young generation is capped at 12 MB.
    const big = sql<{ i: number; t: string }>`(with recursive n(i) as
      (select 1 union all select i + 1 from n where i < 200000)
      select i, printf('%0160d', i) as t from n)`;
    const rows = await (handle.db as unknown as Kysely<{ big: { i: number; t: string } }>)
      .selectFrom(big.as('big'))
      .selectAll()
      .execute();
    expect(rows).toHaveLength(200_000);
    expect(rows[199_999]).toEqual({ i: 200_000, t: '200000'.padStart(160, '0') });
    expect(rows.every((r, k) => r.i === k + 1 && r.t.length === 160)).toBe(true);
  });

  it('a failing select rejects with the database error and the readers go on', async () => {
    await expect(
      (handle.db as unknown as Kysely<{ nowhere: { id: number } }>)
        .selectFrom('nowhere')
        .select('id')
        .execute(),
    ).rejects.toThrow(/no such table/);
    expect(await bodies()).toHaveLength(2);
  });
});
