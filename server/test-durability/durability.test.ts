import { readFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../src/modules/users/users.repository.js';
import { hashPassword } from '../src/platform/auth/passwords.js';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js';
import { newId, nowIso } from '../src/platform/db/ids.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { dialect, freshDatabase } from '../test/harness.js';
import { login, startServer } from './server-process.js';

/**
 * Durability against the real server process, on the suite's database (SQLite, or PostgreSQL
 * with DATABASE_URL): SIGKILL while writing loses no acknowledged write and leaves the database
 * intact; SIGTERM under load finishes what is in flight with no 5xx; two processes on one
 * PostgreSQL share sessions, revocations and throttling.
 */
const SECRET = 'durability-secret-durability-secret-1234';
let fresh: Awaited<ReturnType<typeof freshDatabase>>;
let env: Record<string, string>;

beforeAll(async () => {
  fresh = await freshDatabase();
  const db = openDatabase(fresh.config);
  await migrateToLatest(db.db);
  const now = nowIso();
  await insertUser(db.db, {
    id: newId(),
    username: 'writer',
    email: 'writer@test.example',
    firstName: 'W',
    lastName: 'R',
    role: 'manager',
    isActive: true,
    passwordHash: await hashPassword('writer-password'),
    phone: null,
    gender: null,
    dateOfBirth: null,
    createdAt: now,
    updatedAt: now,
  });
  await db.close();
  env = {
    CRM_DATA_DIR: fresh.dataDir,
    JWT_SECRET: SECRET,
    ...(fresh.config.dialect === 'postgres' ? { DATABASE_URL: fresh.config.url } : {}),
  };
});
afterAll(() => fresh.drop());

async function integrityCheck(handle: DatabaseHandle): Promise<void> {
  if (handle.dialect === 'sqlite') {
    const r = await sql<{ integrityCheck: string }>`pragma integrity_check`.execute(handle.db);
    expect(r.rows.map((x) => x.integrityCheck)).toEqual(['ok']);
    const fk = await sql`pragma foreign_key_check`.execute(handle.db);
    expect(fk.rows).toEqual([]);
  } else {
    await sql`create extension if not exists amcheck`.execute(handle.db);
    const idx = await sql<{
      name: string;
    }>`select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid
      join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
      join pg_am am on am.oid = c.relam where n.nspname = 'public' and am.amname = 'btree'`.execute(
      handle.db,
    );
    for (const { name } of idx.rows)
      await sql`select bt_index_check(${name}::regclass, true)`.execute(handle.db);
    expect(idx.rows.length).toBeGreaterThan(10);
  }
}

describe(`durability (${dialect})`, () => {
  it('SIGKILL at random moments loses no acknowledged write', async () => {
    const acknowledged: string[] = [];
    let attempts = 0;
    const KILLS = 5;
    for (let round = 0; round < KILLS; round++) {
      const server = await startServer(env);
      const { accessToken } = await login(server.url, 'writer', 'writer-password');
      let stop = false;
      const writer = async () => {
        while (!stop) {
          attempts++;
          try {
            const res = await fetch(`${server.url}/api/v1/clients`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${accessToken}`,
              },
              body: JSON.stringify({
                name: `crash-${round}-${attempts}`,
                type: 'company',
                source: 'other',
              }),
            });
            if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
          } catch {
            // The server died mid-request: not acknowledged, so nothing is promised.
          }
        }
      };
      const writers = Array.from({ length: 6 }, () => writer());
      await new Promise((r) => setTimeout(r, randomInt(400, 1500)));
      await server.stop('SIGKILL');
      stop = true;
      await Promise.all(writers);
    }
    const handle = openDatabase(fresh.config);
    try {
      const stored = new Set(
        (await handle.db.selectFrom('clients').select('id').execute()).map((r) => r.id),
      );
      const lost = acknowledged.filter((id) => !stored.has(id));
      console.log(
        `crash test (${dialect}): ${KILLS} kills, ${attempts} attempts, ${acknowledged.length} acknowledged writes, ${lost.length} lost`,
      );
      expect(acknowledged.length).toBeGreaterThan(100);
      expect(lost).toEqual([]);
      await integrityCheck(handle);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('SIGTERM under load: requests in flight complete, none gets a 5xx; after the drain new connections are refused', async () => {
    const server = await startServer(env);
    const { accessToken } = await login(server.url, 'writer', 'writer-password');
    const statuses: number[] = [];
    const failures: string[] = [];
    const one = async () => {
      try {
        const res = await fetch(`${server.url}/api/v1/clients?pageSize=100&search=crash`, {
          headers: { authorization: `Bearer ${accessToken}`, connection: 'close' },
        });
        statuses.push(res.status);
        await res.arrayBuffer();
      } catch (err) {
        failures.push(String((err as { cause?: { code?: string } }).cause?.code ?? err));
      }
    };
    const inFlight = Array.from({ length: 60 }, () => one());
    await new Promise((r) => setTimeout(r, 30));
    const exit = server.stop('SIGTERM');
    // Once the signal is handled /readyz says 503 — and requests still arriving are served.
    let ready: Response;
    do {
      await new Promise((r) => setTimeout(r, 20));
      ready = await fetch(`${server.url}/readyz`).catch((err: unknown) => {
        throw new Error(`readyz while draining failed: ${String(err)}; server: ${server.stderr()}`);
      });
    } while (ready.status === 200);
    const during = Array.from({ length: 20 }, () => one());
    await Promise.all([...inFlight, ...during]);
    expect(await exit).toBe(0);
    const answered = statuses.length;
    await one();
    console.log(
      `graceful shutdown (${dialect}): ${answered} answered (${statuses.filter((s) => s === 200).length} × 200), then ${failures.length} refused (${[...new Set(failures)].join(', ')})`,
    );
    expect(ready.status).toBe(503);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(answered).toBe(80);
    expect(failures).toEqual(['ECONNREFUSED']);
  }, 60_000);

  it.runIf(dialect === 'postgres')(
    'two server processes on one PostgreSQL share tokens, revocations and throttling',
    async () => {
      const a = await startServer({ ...env, LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
      const b = await startServer({ ...env, LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
      try {
        const pair = await login(a.url, 'writer', 'writer-password');
        const me = await fetch(`${b.url}/api/v1/auth/me`, {
          headers: { authorization: `Bearer ${pair.accessToken}` },
        });
        expect(me.status).toBe(200);
        const refresh = (url: string, refreshToken: string) =>
          fetch(`${url}/api/v1/auth/refresh`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ refreshToken }),
          });
        const renew = async (url: string, refreshToken: string) =>
          ((await (await refresh(url, refreshToken)).json()) as { refreshToken: string })
            .refreshToken;
        const current = await renew(b.url, await renew(b.url, pair.refreshToken));
        expect((await refresh(a.url, pair.refreshToken)).status).toBe(401);
        // The reuse on A revoked the family that B issued.
        expect((await refresh(b.url, current)).status).toBe(401);

        const fail = (url: string) =>
          fetch(`${url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ login: 'writer', password: 'wrong' }),
          });
        expect((await fail(a.url)).status).toBe(401);
        expect((await fail(b.url)).status).toBe(401);
        expect((await fail(a.url)).status).toBe(401);
        expect((await fail(b.url)).status).toBe(429);
      } finally {
        await a.stop();
        await b.stop();
      }
    },
    60_000,
  );
});

describe(`soak (${dialect})`, () => {
  const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
  it(`${SECONDS} s of mixed read/write load: no errors, flat memory`, async () => {
    const server = await startServer(env);
    try {
      const { accessToken } = await login(server.url, 'writer', 'writer-password');
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${server.url}${path}`, {
          method,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, json: () => JSON.parse(text) as { id: string } };
      };
      const client = (
        await call('POST', '/api/v1/clients', { name: 'Soak', type: 'company', source: 'other' })
      ).json();
      const contact = (
        await call('POST', '/api/v1/contacts', { clientId: client.id, firstName: 'Soak' })
      ).json();
      const rss = () =>
        Number(
          /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1] ?? 0,
        ) / 1024;
      let requests = 0;
      const errors: number[] = [];
      const samples: number[] = [];
      const end = Date.now() + SECONDS * 1000;
      const sampler = setInterval(() => samples.push(rss()), 1000);
      const worker = async (n: number) => {
        for (let i = 0; Date.now() < end; i++) {
          const r =
            (i + n) % 5 === 0
              ? await call('POST', '/api/v1/communications', {
                  contactId: contact.id,
                  channel: 'phone',
                  direction: 'outgoing',
                  description: `soak ${i}`,
                })
              : (i + n) % 5 === 1
                ? await call('GET', `/api/v1/clients/${client.id}/communications`)
                : (i + n) % 5 === 2
                  ? await call('GET', '/api/v1/clients?search=soak')
                  : await call('GET', `/api/v1/clients/${client.id}`);
          requests++;
          if (r.status >= 400) errors.push(r.status);
        }
      };
      await Promise.all(Array.from({ length: 12 }, (_, n) => worker(n)));
      clearInterval(sampler);
      const early = Math.max(...samples.slice(2, Math.max(3, Math.floor(samples.length / 4))));
      const late = Math.max(...samples.slice(-Math.max(1, Math.floor(samples.length / 4))));
      console.log(
        `soak (${dialect}): ${requests} requests in ${SECONDS} s (${Math.round(requests / SECONDS)}/s), ${errors.length} errors, RSS ${Math.round(early)} → ${Math.round(late)} MB`,
      );
      expect(errors).toEqual([]);
      expect(late).toBeLessThan(early * 1.3 + 20);
    } finally {
      await server.stop();
    }
  }, 180_000);
});
