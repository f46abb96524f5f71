import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApp, type TestContext } from './harness.js';

/**
 * Property-based fuzzing driven by the OpenAPI document: every operation gets random and
 * boundary inputs (wrong types, huge and unicode strings, nulls, extra fields, negative and
 * enormous numbers, deep JSON, bad ids and query parameters) as every role. No answer may be a
 * 5xx; every 4xx is problem+json; a refused request changes no data. FUZZ_RUNS sets the cases per
 * operation (default 12 in `npm test`).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
let t: TestContext;
const tokens: string[] = [];
const realIds: string[] = [];
let casesRun = 0;

interface Operation {
  method: string;
  path: string;
  query: string[];
  bodyFields: string[];
  hasBody: boolean;
}

beforeAll(async () => {
  t = await setupApp({
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000',
  });
  for (const role of ['admin', 'manager', 'developer'] as const) {
    const { user, token } = await t.as(role);
    tokens.push(token);
    realIds.push(user.id);
  }
  const post = async (url: string, payload: object) =>
    (await t.inject({ method: 'POST', url, token: tokens[0], payload })).json<{ id: string }>();
  const client = await post('/api/v1/clients', { name: 'Fuzz', type: 'company', source: 'other' });
  const contact = await post('/api/v1/contacts', { clientId: client.id, firstName: 'F' });
  const team = await post('/api/v1/teams', {
    name: 'Fuzz team',
    members: [{ userId: realIds[2], isLead: true }],
  });
  const project = await post('/api/v1/projects', {
    name: 'P',
    clientId: client.id,
    teamId: team.id,
    budget: { amount: '1', currency: 'USD' },
  });
  const task = await post('/api/v1/tasks', {
    projectId: project.id,
    title: 'T',
    assigneeIds: [realIds[2]],
  });
  const tip = await post('/api/v1/advice', { topic: 'x', title: 'y', body: 'z' });
  realIds.push(client.id, contact.id, team.id, project.id, task.id, tip.id);
});
afterAll(async () => {
  console.log(`fuzz: ${casesRun} cases run against the OpenAPI operations`);
  await t.close();
});

async function operations(): Promise<Operation[]> {
  const doc = (await t.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { in: string; name: string }[];
          requestBody?: {
            content?: Record<string, { schema?: { properties?: Record<string, unknown> } }>;
          };
        }
      >
    >;
  }>();
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const [method, op] of Object.entries(methods)) {
      const json = op.requestBody?.content?.['application/json']?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: Object.keys(json?.properties ?? {}),
        hasBody: Boolean(op.requestBody),
      });
    }
  }
  return ops;
}

/** Everything except counters that a refused login legitimately bumps. */
async function fingerprint(): Promise<string> {
  const tables = [
    'users',
    'refresh_tokens',
    'clients',
    'contacts',
    'contact_details',
    'communications',
    'teams',
    'team_members',
    'projects',
    'tasks',
    'task_assignees',
    'task_comments',
    'documents',
    'advice',
    'advice_comments',
    'client_statuses',
    'audit_log',
  ];
  const counts = await Promise.all(
    tables.map((name) =>
      t.database.db
        .selectFrom(name as 'users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  );
  const stamps = await t.database.db
    .selectFrom('users')
    .select(['updatedAt'])
    .orderBy('id')
    .execute();
  return JSON.stringify([counts.map((c) => Number(c.n)), stamps]);
}

const deep = (depth: number): unknown => (depth === 0 ? 'x' : { a: deep(depth - 1) });
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '😀'.repeat(100),
    'a'.repeat(100_000),
    '<script>',
    "'; drop table users; --",
    '../../etc/passwd',
    '2026-13-45',
    'NaN',
  ),
  fc.integer(),
  fc.constantFrom(-1, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 63, 0.1),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.constant(deep(200)),
);
const pathValue = fc.oneof(
  fc.constantFrom(...['x', '', ' ', '..', '%00', 'a'.repeat(300), '😀', 'null', '-1', '1e999']),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.nat({ max: 20 }).map((i) => realIds[i % Math.max(realIds.length, 1)] ?? 'x'),
);

describe('fuzzing every operation', () => {
  it('never answers 5xx, always problem+json for 4xx, and refused requests change nothing', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(80);
    for (const op of ops) {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            params: fc.array(pathValue, { minLength: 3, maxLength: 3 }),
            query: fc.dictionary(
              fc.constantFrom(...op.query, 'page', 'pageSize', 'sort', 'extra'),
              junk.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))),
              { maxKeys: 4 },
            ),
            body: fc.oneof(
              fc.dictionary(
                fc.constantFrom(
                  ...op.bodyFields,
                  'id',
                  'role',
                  'authorId',
                  'isActive',
                  'createdAt',
                  '__proto__',
                  'constructor',
                ),
                junk,
                { maxKeys: 6 },
              ),
              junk,
            ),
            token: fc.nat({ max: tokens.length }),
          }),
          async ({ params, query, body, token }) => {
            let i = 0;
            const url =
              op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(String(params[i++ % 3]))) +
              (Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : '');
            const before = await fingerprint();
            const payload =
              op.hasBody || op.method !== 'GET' ? (JSON.stringify(body) ?? 'null') : undefined;
            const res = await t.inject({
              method: op.method,
              url,
              token: token < tokens.length ? tokens[token] : undefined,
              ...(payload !== undefined
                ? { payload, headers: { 'content-type': 'application/json' } }
                : {}),
            });
            casesRun++;
            expect(res.statusCode, `${op.method} ${url} → ${res.body.slice(0, 300)}`).toBeLessThan(
              500,
            );
            if (res.statusCode >= 400) {
              expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
              expect(typeof res.json<{ code: unknown }>().code).toBe('string');
              expect(
                await fingerprint(),
                `${op.method} ${url} changed data and answered ${res.statusCode}`,
              ).toBe(before);
            }
          },
        ),
        { numRuns: RUNS },
      );
    }
  }, 300_000);
});
