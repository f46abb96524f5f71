import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, setupApp, type TestContext, type TestUser } from '../../../test/harness.js';

let t: TestContext;
let manager: { user: TestUser; token: string };
let developer: { user: TestUser; token: string };
beforeAll(async () => {
  t = await setupApp();
  manager = await t.as('manager');
  developer = await t.as('developer');
});
afterAll(() => t.close());

const create = (payload: object, token = manager.token) =>
  t.inject({ method: 'POST', url: '/api/v1/teams', token, payload });

describe('teams', () => {
  it('a manager creates a team with members and exactly one lead, shown lead first', async () => {
    const a = await t.user('developer', { lastName: 'Alpha' });
    const b = await t.user('developer', { lastName: 'Beta' });
    const res = await create({
      name: 'Phoenix',
      description: 'Mobile',
      members: [{ userId: a.id }, { userId: b.id, isLead: true }],
    });
    expect(res.statusCode).toBe(201);
    const team = res.json();
    expect(team).toMatchObject({ name: 'Phoenix', description: 'Mobile', projectsCount: 0 });
    expect(
      team.members.map((m: { userId: string; isLead: boolean }) => [m.userId, m.isLead]),
    ).toEqual([
      [b.id, true],
      [a.id, false],
    ]);
  });

  it('changing the lead is persisted (the original lost it)', async () => {
    const a = await t.user('developer');
    const b = await t.user('developer');
    const team = (
      await create({
        name: 'Lead change',
        members: [{ userId: a.id, isLead: true }, { userId: b.id }],
      })
    ).json();
    const res = await t.inject({
      method: 'PATCH',
      url: `/api/v1/teams/${team.id}`,
      token: manager.token,
      payload: { members: [{ userId: a.id }, { userId: b.id, isLead: true }] },
    });
    expect(res.statusCode).toBe(200);
    const again = (
      await t.inject({ method: 'GET', url: `/api/v1/teams/${team.id}`, token: developer.token })
    ).json();
    expect(again.members.find((m: { isLead: boolean }) => m.isLead).userId).toBe(b.id);
    const rows = await t.database.db
      .selectFrom('teamMembers')
      .select(['userId', 'isLead'])
      .where('teamId', '=', team.id)
      .execute();
    expect(rows.filter((r) => r.isLead === true || r.isLead === 1).map((r) => r.userId)).toEqual([
      b.id,
    ]);
  });

  it('refuses zero or two leads, duplicates, unknown users and taken names', async () => {
    const a = await t.user('developer');
    const b = await t.user('developer');
    expectProblem(
      await create({ name: 'No lead', members: [{ userId: a.id }] }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await create({
        name: 'Two leads',
        members: [
          { userId: a.id, isLead: true },
          { userId: b.id, isLead: true },
        ],
      }),
      400,
    );
    const dup = await create({
      name: 'Dup',
      members: [{ userId: a.id, isLead: true }, { userId: a.id }],
    });
    expect(expectProblem(dup, 400).errors?.[0]?.path).toBe('members.1.userId');
    const ghost = await create({ name: 'Ghost', members: [{ userId: 'nobody', isLead: true }] });
    expect(expectProblem(ghost, 400).errors?.[0]?.path).toBe('members.0.userId');
    await create({ name: 'Unique Name' });
    expectProblem(await create({ name: 'unique name' }), 409, 'TEAM_NAME_TAKEN');
  });

  it('developers read every team but change none', async () => {
    const team = (await create({ name: 'Readable' })).json();
    expect(
      (await t.inject({ method: 'GET', url: `/api/v1/teams/${team.id}`, token: developer.token }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await t.inject({
          method: 'GET',
          url: '/api/v1/teams?search=readable',
          token: developer.token,
        })
      ).json().total,
    ).toBe(1);
    expectProblem(await create({ name: 'Mine' }, developer.token), 403);
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url: `/api/v1/teams/${team.id}`,
        token: developer.token,
        payload: { name: 'x' },
      }),
      403,
    );
    expectProblem(
      await t.inject({ method: 'DELETE', url: `/api/v1/teams/${team.id}`, token: developer.token }),
      403,
    );
  });

  it('filters by member; deletes an empty team; a team with projects is kept (409)', async () => {
    const a = await t.user('developer');
    const team = (
      await create({ name: 'Has work', members: [{ userId: a.id, isLead: true }] })
    ).json();
    expect(
      (
        await t.inject({
          method: 'GET',
          url: `/api/v1/teams?memberId=${a.id}`,
          token: manager.token,
        })
      )
        .json()
        .items.map((x: { id: string }) => x.id),
    ).toEqual([team.id]);
    const client = (
      await t.inject({
        method: 'POST',
        url: '/api/v1/clients',
        token: manager.token,
        payload: { name: 'C', type: 'company', source: 'other' },
      })
    ).json();
    await t.inject({
      method: 'POST',
      url: '/api/v1/projects',
      token: manager.token,
      payload: {
        name: 'P',
        clientId: client.id,
        teamId: team.id,
        budget: { amount: '100.00', currency: 'USD' },
      },
    });
    expectProblem(
      await t.inject({ method: 'DELETE', url: `/api/v1/teams/${team.id}`, token: manager.token }),
      409,
      'TEAM_HAS_PROJECTS',
    );
    const empty = (await create({ name: 'Empty' })).json();
    expect(
      (await t.inject({ method: 'DELETE', url: `/api/v1/teams/${empty.id}`, token: manager.token }))
        .statusCode,
    ).toBe(204);
    expectProblem(
      await t.inject({ method: 'GET', url: `/api/v1/teams/${empty.id}`, token: manager.token }),
      404,
      'TEAM_NOT_FOUND',
    );
  });
});
