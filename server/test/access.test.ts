import { roles, type Role } from '@crm/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedAccess } from './access-matrix.js';
import { expectProblem, setupApp, type TestContext } from './harness.js';

/**
 * Walks the server's own route table: every API route × anonymous, every role and a deactivated
 * user whose access token has not expired yet. Path
 * parameters are filled with the caller's own ids, so an allowed role reaches the handler
 * (whatever it answers then), while a role the matrix excludes must be stopped with 403 before
 * its body is even validated.
 */
let t: TestContext;
const tokens = {} as Record<Role, { token: string; id: string }>;
/** An access token, still unexpired, of a user an admin has since deactivated. */
let deactivated: { token: string; id: string };

beforeAll(async () => {
  t = await setupApp();
  for (const role of roles) {
    const { user, token } = await t.as(role);
    tokens[role] = { token, id: user.id };
  }
  const { user, token } = await t.as('manager');
  deactivated = { token, id: user.id };
  const res = await t.inject({
    method: 'PATCH',
    url: `/api/v1/users/${user.id}`,
    token: tokens.admin.token,
    payload: { isActive: false },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
});
afterAll(() => t.close());

describe('the route table', () => {
  it('every API route has an expected-access entry, and every entry is a route', () => {
    const actual = t.app.routeTable.map((r) => `${r.method} ${r.url}`).sort();
    expect(actual).toEqual(Object.keys(expectedAccess).sort());
  });

  it('declared rules match the expected matrix', () => {
    for (const r of t.app.routeTable) {
      const expected = expectedAccess[`${r.method} ${r.url}`];
      expect(expected === 'public', `${r.method} ${r.url}`).toBe(r.access === 'public');
    }
  });

  it('a route declared without an access rule stops the server from starting', async () => {
    const { default: Fastify } = await import('fastify');
    const { registerAccess } = await import('../src/platform/access/access.js');
    const app = Fastify();
    registerAccess(
      app,
      {
        sign: () => Promise.resolve(''),
        verify: () => Promise.resolve(null),
        ttlSeconds: 1,
      },
      () => Promise.resolve(true),
    );
    expect(() => app.get('/api/v1/forgotten', () => 'oops')).toThrow(/declares no access rule/);
  });
});

describe.each(Object.entries(expectedAccess))('%s', (route, allowed) => {
  const [method, url] = route.split(' ') as [string, string];
  const call = (who: Role | 'deactivated' | null) =>
    t.inject({
      method: method,
      url: url
        .replace(':id', who === 'deactivated' ? deactivated.id : who ? tokens[who].id : 'x')
        .replace(':key', 'someStatus')
        .replace(':userId', 'x')
        .replace(':commentId', 'x'),
      token: who === 'deactivated' ? deactivated.token : who ? tokens[who].token : undefined,
      ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
    });

  if (allowed === 'public') {
    it('needs no login', async () => {
      const res = await call(null);
      expect(res.statusCode).not.toBe(401);
      expect(res.statusCode).not.toBe(403);
    });
    return;
  }

  it('anonymous → 401', async () => {
    expectProblem(await call(null), 401, 'UNAUTHENTICATED');
  });

  it('deactivated user with a still-unexpired token → 401', async () => {
    expectProblem(await call('deactivated'), 401, 'UNAUTHENTICATED');
  });

  it.each(roles)('%s', async (role) => {
    const res = await call(role);
    if (allowed.includes(role)) {
      expect([401, 403], `${role} ${route}: ${res.body}`).not.toContain(res.statusCode);
    } else {
      expectProblem(res, 403, 'FORBIDDEN');
    }
  });
});
