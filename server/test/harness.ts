import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '@crm/contracts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { hashPassword } from '../src/platform/auth/passwords.js';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js';
import { newId, nowIso } from '../src/platform/db/ids.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { insertUser } from '../src/modules/users/users.repository.js';

/** The database the suite runs on: PostgreSQL when DATABASE_URL is set, else SQLite. */
export const dialect: 'sqlite' | 'postgres' = process.env.DATABASE_URL ? 'postgres' : 'sqlite';

/**
 * A fresh, migrated database of the suite's dialect: a temporary SQLite file, or a new
 * PostgreSQL database created for this test file and dropped afterwards.
 */
export async function freshDatabase(): Promise<{
  config: Config['database'];
  dataDir: string;
  drop: () => Promise<void>;
}> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crm-test-'));
  const url = process.env.DATABASE_URL;
  if (!url) {
    return {
      config: { dialect: 'sqlite', file: path.join(dataDir, 'crm.sqlite') },
      dataDir,
      drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  const name = `crm_test_${newId().replaceAll('-', '').slice(-16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    config: { dialect: 'postgres', url: dbUrl.toString(), poolSize: 5 },
    dataDir,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestUser {
  id: string;
  username: string;
  email: string;
  role: Role;
  password: string;
}

export interface TestContext {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  /** Creates a user straight in the database. */
  user(
    role: Role,
    overrides?: Partial<{
      username: string;
      email: string;
      isActive: boolean;
      firstName: string;
      lastName: string;
    }>,
  ): Promise<TestUser>;
  /** Logs in through the API and returns the token pair. */
  login(
    user: Pick<TestUser, 'username' | 'password'>,
  ): Promise<{ accessToken: string; refreshToken: string }>;
  /** A user of the role, logged in: its access token. */
  as(role: Role): Promise<{ user: TestUser; token: string }>;
  inject(opts: InjectOptions & { token?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

const PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;
let counter = 0;

export async function setupApp(env: Record<string, string> = {}): Promise<TestContext> {
  const fresh = await freshDatabase();
  const base = loadConfig({
    CRM_DATA_DIR: fresh.dataDir,
    JWT_SECRET: 'test-secret-test-secret-test-secret-123',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    CRM_DEMO: 'false',
    CRM_WEB_DIR: path.join(fresh.dataDir, 'no-web'),
    CRM_VERIFY_RESPONSES: 'true',
    ...env,
  });
  const config: Config = { ...base, database: fresh.config };
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database });
  await app.ready();

  const ctx: TestContext = {
    app,
    database,
    config,
    async user(role, overrides = {}) {
      passwordHash ??= hashPassword(PASSWORD);
      const n = ++counter;
      const username = overrides.username ?? `${role}${n}-${newId().slice(-6)}`;
      const u: TestUser = {
        id: newId(),
        username,
        email: overrides.email ?? `${username}@test.example`,
        role,
        password: PASSWORD,
      };
      const now = nowIso();
      await insertUser(database.db, {
        id: u.id,
        username: u.username,
        email: u.email,
        firstName: overrides.firstName ?? `First${n}`,
        lastName: overrides.lastName ?? `Last${n}`,
        role,
        isActive: overrides.isActive ?? true,
        passwordHash: await passwordHash,
        phone: null,
        gender: null,
        dateOfBirth: null,
        createdAt: now,
        updatedAt: now,
      });
      return u;
    },
    async login(user) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: user.username, password: user.password },
      });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      return res.json<{ accessToken: string; refreshToken: string }>();
    },
    async as(role) {
      const user = await ctx.user(role);
      const { accessToken } = await ctx.login(user);
      return { user, token: accessToken };
    },
    inject({ token, headers, ...opts }) {
      return app.inject({
        ...opts,
        headers: { ...(headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
    },
    async close() {
      await app.close();
      await database.close();
      await fresh.drop();
    },
  };
  return ctx;
}

/** Asserts an RFC 9457 answer with the given status and code, and returns its body. */
export function expectProblem(
  res: LightMyRequestResponse,
  status: number,
  code?: string,
): { code: string; detail?: string; errors?: { path: string; message: string }[] } {
  const body = res.json<{
    status: number;
    code: string;
    detail?: string;
    errors?: { path: string; message: string }[];
  }>();
  if (
    res.statusCode !== status ||
    (code && body.code !== code) ||
    !res.headers['content-type']?.toString().startsWith('application/problem+json')
  ) {
    throw new Error(
      `expected ${status} ${code ?? ''} problem+json, got ${res.statusCode} ${String(res.headers['content-type'])} ${res.body}`,
    );
  }
  if (body.status !== status) throw new Error(`problem status ${body.status} != ${status}`);
  return body;
}

/** A multipart/form-data body, built by hand so tests control every byte of it. */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; content: Buffer; type?: string; field?: string },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----crmtest${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
