import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApp, type TestContext } from '../../../test/harness.js';

/**
 * The lists' orders where a column may be empty: NULLs last in both directions, the rest in
 * the requested one — for the nullable columns (`NullsLast` terms) and the NOT NULL ones
 * (ordered plainly, so an ascending index serves both directions), on either database.
 */
let t: TestContext;
let admin: { token: string };
let manager: { token: string };

beforeAll(async () => {
  t = await setupApp();
  admin = await t.as('admin');
  manager = await t.as('manager');
});
afterAll(() => t.close());

async function get<T>(url: string, token: string): Promise<T[]> {
  const res = await t.inject({ method: 'GET', url, token });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: T[] }>().items;
}

describe('sort orders with empty values', () => {
  it('projects by deadline: the ones without a deadline last, ascending and descending', async () => {
    const post = async (url: string, payload: object) => {
      const res = await t.inject({ method: 'POST', url, token: manager.token, payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>();
    };
    const client = await post('/api/v1/clients', {
      name: 'Sorted Ltd',
      type: 'company',
      source: 'referral',
    });
    const team = await post('/api/v1/teams', { name: 'Sorters', members: [] });
    const deadlines: Record<string, string | undefined> = {
      early: '2027-01-10',
      none1: undefined,
      late: '2027-06-30',
      middle: '2027-03-01',
      none2: undefined,
    };
    for (const [name, deadline] of Object.entries(deadlines)) {
      await post('/api/v1/projects', {
        name,
        clientId: client.id,
        teamId: team.id,
        budget: { amount: '10', currency: 'USD' },
        ...(deadline ? { deadline } : {}),
      });
    }
    const names = async (sort: string) =>
      (await get<{ name: string }>(`/api/v1/projects?sort=${sort}&pageSize=100`, manager.token))
        .map((p) => p.name)
        .filter((n) => n in deadlines);
    const withDeadline = ['early', 'middle', 'late'];
    expect((await names('deadline')).slice(0, 3)).toEqual(withDeadline);
    expect((await names('-deadline')).slice(0, 3)).toEqual([...withDeadline].reverse());
    for (const sort of ['deadline', '-deadline']) {
      expect((await names(sort)).slice(3).sort()).toEqual(['none1', 'none2']);
    }
    // A NOT NULL column: descending is ascending reversed.
    const byName = await names('name');
    expect(byName).toEqual(['early', 'late', 'middle', 'none1', 'none2']);
    expect(await names('-name')).toEqual([...byName].reverse());
  });

  it('users by last sign-in: the ones who never signed in last, ascending and descending', async () => {
    const never = [await t.user('developer'), await t.user('developer')].map((u) => u.id);
    const signedIn = await t.user('developer');
    await t.login(signedIn);
    const ids = async (sort: string) =>
      (await get<{ id: string }>(`/api/v1/users?sort=${sort}&pageSize=100`, admin.token)).map(
        (u) => u.id,
      );
    for (const sort of ['lastLoginAt', '-lastLoginAt']) {
      const order = await ids(sort);
      expect(order).toContain(signedIn.id);
      // Everyone signed in (the admin, the manager, this developer) comes before the others.
      expect(order.slice(-2).sort()).toEqual([...never].sort());
    }
    // The latest sign-in first when descending, last among the signed-in when ascending.
    expect((await ids('-lastLoginAt'))[0]).toBe(signedIn.id);
    expect((await ids('lastLoginAt'))[2]).toBe(signedIn.id);
  });
});
