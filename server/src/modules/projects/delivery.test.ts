import type { Page, Task } from '@crm/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, setupApp, type TestContext, type TestUser } from '../../../test/harness.js';

/**
 * Teams, projects, tasks and comments together: the done logic, overdue, budget state,
 * aggregation — and the developers' scope, from every side it can be reached.
 */
type Who = { user: TestUser; token: string };
let t: TestContext;
let admin: Who, manager: Who, dev1: Who, dev2: Who, outsider: Who;
let client: { id: string; name: string };
let otherClient: { id: string };
let teamA: { id: string };
let teamB: { id: string };
let projectA: { id: string };
let projectB: { id: string };

beforeAll(async () => {
  t = await setupApp();
  admin = await t.as('admin');
  manager = await t.as('manager');
  dev1 = await t.as('developer');
  dev2 = await t.as('developer');
  outsider = await t.as('developer');
  const post = async (url: string, payload: object) => {
    const res = await t.inject({ method: 'POST', url, token: manager.token, payload });
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.body}`);
    return res.json();
  };
  client = await post('/api/v1/clients', {
    name: 'Orbit Bank',
    type: 'company',
    source: 'referral',
    contactDetails: [{ kind: 'email', value: 'secret@orbit.example' }],
  });
  otherClient = await post('/api/v1/clients', {
    name: 'Other',
    type: 'company',
    source: 'referral',
  });
  teamA = await post('/api/v1/teams', {
    name: 'Team A',
    members: [{ userId: dev1.user.id, isLead: true }, { userId: dev2.user.id }],
  });
  teamB = await post('/api/v1/teams', {
    name: 'Team B',
    members: [{ userId: outsider.user.id, isLead: true }],
  });
  projectA = await post('/api/v1/projects', {
    name: 'Mobile banking',
    clientId: client.id,
    teamId: teamA.id,
    budget: { amount: '1000.00', currency: 'USD' },
    status: 'active',
    startDate: '2026-01-01',
    deadline: '2026-12-31',
  });
  projectB = await post('/api/v1/projects', {
    name: 'Back office',
    clientId: client.id,
    teamId: teamB.id,
    budget: { amount: '500', currency: 'EUR' },
  });
});
afterAll(() => t.close());

const req = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  who: Who,
  payload?: object,
) => t.inject({ method, url, token: who.token, ...(payload ? { payload } : {}) });
async function task(payload: Record<string, unknown>, projectId = projectA.id) {
  const res = await req('POST', '/api/v1/tasks', manager, { projectId, title: 'Task', ...payload });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
}
/** A project created by the manager; the test's fields as given. */
async function project(payload: Record<string, unknown>) {
  const res = await req('POST', '/api/v1/projects', manager, payload);
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
}
const tick = (taskId: string, who: Who, userId = who.user.id, done = true) =>
  req('PUT', `/api/v1/tasks/${taskId}/assignees/${userId}/done`, who, { done });

describe('projects', () => {
  it('task figures (total, done, budget) stay exact through adds, budget changes, ticks, moves and deletes', async () => {
    const make = async (name: string) =>
      await project({
        name,
        clientId: client.id,
        teamId: teamA.id,
        budget: { amount: '100.00', currency: 'USD' },
      });
    const one = await make('Figures one');
    const two = await make('Figures two');
    const check = async () => {
      for (const p of [one, two]) {
        const rows = await t.database.db
          .selectFrom('tasks')
          .select(['isDone', 'budgetAmount'])
          .where('projectId', '=', p.id)
          .execute();
        const cents = rows.reduce((sum, r) => sum + Number(r.budgetAmount ?? 0), 0);
        const got = (await req('GET', `/api/v1/projects/${p.id}`, manager)).json();
        expect(got.state.tasksTotal).toBe(rows.length);
        expect(got.state.tasksDone).toBe(rows.filter((r) => Boolean(r.isDone)).length);
        expect(got.tasksBudget).toEqual({ amount: (cents / 100).toFixed(2), currency: 'USD' });
        expect(got.budgetState).toBe(cents > 10_000 ? 'over' : 'within');
        const listed = (
          await req('GET', `/api/v1/projects?search=${encodeURIComponent(p.name)}`, manager)
        ).json().items[0];
        expect(listed.state).toEqual(got.state);
      }
    };
    await check();
    const a = await task(
      { budget: { amount: '60.00', currency: 'USD' }, assigneeIds: [dev1.user.id] },
      one.id,
    );
    const b = await task({ budget: { amount: '30.50', currency: 'USD' } }, one.id);
    await task({}, two.id);
    await check();
    expect((await tick(a.id, dev1)).statusCode).toBe(200);
    await check();
    const patch = (id: string, payload: object) =>
      req('PATCH', `/api/v1/tasks/${id}`, manager, payload);
    expect((await patch(b.id, { budget: { amount: '45.00', currency: 'USD' } })).statusCode).toBe(
      200,
    );
    await check(); // 105.00 of 100.00: over
    // The API never moves a task to another project; the figures follow one moved in the database.
    await t.database.db
      .updateTable('tasks')
      .set({ projectId: two.id })
      .where('id', '=', a.id)
      .execute();
    await check();
    expect((await tick(a.id, dev1, dev1.user.id, false)).statusCode).toBe(200);
    expect((await req('DELETE', `/api/v1/tasks/${b.id}`, manager)).statusCode).toBe(204);
    await check();
    expect(
      (await req('DELETE', `/api/v1/projects/${two.id}?cascade=true`, manager)).statusCode,
    ).toBe(204);
    const left = await t.database.db
      .selectFrom('projectTaskStats')
      .select('projectId')
      .where('projectId', '=', two.id)
      .execute();
    expect(left).toEqual([]);
  });

  it('carry client name (only), team, exact money and an empty state', async () => {
    const p = (await req('GET', `/api/v1/projects/${projectA.id}`, dev1)).json();
    expect(p).toMatchObject({
      name: 'Mobile banking',
      client: { id: client.id, name: 'Orbit Bank' },
      team: { id: teamA.id, name: 'Team A' },
      budget: { amount: '1000.00', currency: 'USD' },
      status: 'active',
      startDate: '2026-01-01',
      deadline: '2026-12-31',
      budgetState: 'within',
    });
    expect(JSON.stringify(p)).not.toContain('secret@orbit.example');
    expectProblem(await req('GET', `/api/v1/clients/${client.id}`, dev1), 403);
  });

  it('validate references, dates and money', async () => {
    const bad = await req('POST', '/api/v1/projects', manager, {
      name: 'X',
      clientId: 'nope',
      teamId: 'nope',
      budget: { amount: '1.5', currency: 'USD' },
    });
    expect(
      expectProblem(bad, 400)
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(['clientId', 'teamId']);
    const money = await req('POST', '/api/v1/projects', manager, {
      name: 'X',
      clientId: client.id,
      teamId: teamA.id,
      budget: { amount: 12.5, currency: 'GBP' },
    });
    expect(
      expectProblem(money, 400)
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(['budget.amount', 'budget.currency']);
    const dates = await req('POST', '/api/v1/projects', manager, {
      name: 'X',
      clientId: client.id,
      teamId: teamA.id,
      budget: { amount: '1', currency: 'USD' },
      startDate: '2026-05-01',
      deadline: '2026-04-01',
    });
    expect(expectProblem(dates, 400).errors?.[0]?.path).toBe('deadline');
    const patch = await req('PATCH', `/api/v1/projects/${projectA.id}`, manager, {
      deadline: '2025-01-01',
    });
    expect(expectProblem(patch, 400).errors?.[0]?.path).toBe('deadline');
  });

  it('budget state sums task budgets exactly and turns "over" past the budget', async () => {
    const p = await project({
      name: 'Budget',
      clientId: client.id,
      teamId: teamA.id,
      budget: { amount: '0.30', currency: 'UAH' },
    });
    await task({ budget: { amount: '0.10', currency: 'UAH' } }, p.id);
    await task({ budget: { amount: '0.20', currency: 'UAH' } }, p.id);
    let state = (await req('GET', `/api/v1/projects/${p.id}`, manager)).json();
    expect(state).toMatchObject({
      tasksBudget: { amount: '0.30', currency: 'UAH' },
      budgetState: 'within',
    });
    await task({ budget: { amount: '0.01', currency: 'UAH' } }, p.id);
    state = (await req('GET', `/api/v1/projects/${p.id}`, manager)).json();
    expect(state).toMatchObject({
      tasksBudget: { amount: '0.31', currency: 'UAH' },
      budgetState: 'over',
    });
    const over = (
      await req('GET', `/api/v1/projects?overBudget=true&clientId=${client.id}`, manager)
    ).json();
    expect(over.items.map((x: { id: string }) => x.id)).toEqual([p.id]);
    const wrongCurrency = await req('POST', '/api/v1/tasks', manager, {
      projectId: p.id,
      title: 'T',
      budget: { amount: '1', currency: 'USD' },
    });
    expect(expectProblem(wrongCurrency, 400).errors?.[0]?.path).toBe('budget.currency');
  });
});

describe('the done boxes', () => {
  it('a task is done exactly when every assignee has ticked their own box', async () => {
    const x = await task({ assigneeIds: [dev1.user.id, dev2.user.id] });
    expect(x).toMatchObject({
      isDone: false,
      assignees: [
        expect.objectContaining({ done: false }),
        expect.objectContaining({ done: false }),
      ],
    });
    let res = await tick(x.id, dev1);
    expect(res.statusCode).toBe(200);
    expect(res.json().isDone).toBe(false);
    expect(
      res.json().assignees.find((a: { userId: string }) => a.userId === dev1.user.id),
    ).toMatchObject({ done: true, doneAt: expect.any(String) });
    // The time of the tick as every timestamp of the API (UTC, milliseconds), on both databases;
    // the list carries the same assignees in the same order (last name, first name).
    const ticked = res.json<Task>().assignees.find((a) => a.userId === dev1.user.id)!;
    expect(ticked.doneAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Math.abs(Date.parse(ticked.doneAt!) - Date.now())).toBeLessThan(60_000);
    const listed = (await req('GET', `/api/v1/tasks?projectId=${x.projectId}`, manager))
      .json<Page<Task>>()
      .items.find((y) => y.id === x.id)!;
    expect(listed.assignees).toEqual(res.json<Task>().assignees);
    const lastNames = listed.assignees.map((a) => a.lastName);
    expect(lastNames).toHaveLength(2);
    expect(lastNames).toEqual([...lastNames].sort());
    res = await tick(x.id, dev2);
    expect(res.json()).toMatchObject({ isDone: true, doneAt: expect.any(String) });
    res = await tick(x.id, dev1, dev1.user.id, false);
    expect(res.json()).toMatchObject({ isDone: false, doneAt: null });
  });

  it('the last two boxes ticked at the same moment leave the task done, every time', async () => {
    // Each tick sees the other's box only if the two are ordered: without that, on PostgreSQL
    // both read the other box as open and the task stayed open with every box ticked.
    const tasks = await Promise.all(
      Array.from({ length: 12 }, () => task({ assigneeIds: [dev1.user.id, dev2.user.id] })),
    );
    const ticks = await Promise.all(
      tasks.flatMap((x: Task) => [tick(x.id, dev1), tick(x.id, dev2)]),
    );
    expect(ticks.map((r) => r.statusCode)).toEqual(ticks.map(() => 200));
    for (const x of tasks) {
      const now = (await req('GET', `/api/v1/tasks/${x.id}`, manager)).json<Task>();
      expect(now.assignees.map((a) => a.done)).toEqual([true, true]);
      expect(now).toMatchObject({ isDone: true, doneAt: expect.any(String) });
    }
    // And unticked together, open again.
    await Promise.all(
      tasks.flatMap((x: Task) => [
        tick(x.id, dev1, dev1.user.id, false),
        tick(x.id, dev2, dev2.user.id, false),
      ]),
    );
    for (const x of tasks) {
      expect((await req('GET', `/api/v1/tasks/${x.id}`, manager)).json()).toMatchObject({
        isDone: false,
        doneAt: null,
      });
    }
  });

  it('nobody ticks another person’s box — not a manager, not an admin; non-assignees get 404, never 500', async () => {
    const x = await task({ assigneeIds: [dev1.user.id] });
    expectProblem(await tick(x.id, manager, dev1.user.id), 403, 'FORBIDDEN');
    expectProblem(await tick(x.id, admin, dev1.user.id), 403, 'FORBIDDEN');
    expectProblem(await tick(x.id, dev2, dev1.user.id), 403, 'FORBIDDEN');
    expectProblem(await tick(x.id, dev2), 404, 'NOT_ASSIGNEE');
    expectProblem(await tick(x.id, manager), 404, 'NOT_ASSIGNEE');
    expectProblem(await tick(x.id, outsider), 404, 'TASK_NOT_FOUND');
    expectProblem(await tick('no-such-task', dev1), 404, 'TASK_NOT_FOUND');
    expectProblem(
      await req('PUT', `/api/v1/tasks/${x.id}/assignees/${dev1.user.id}/done`, dev1, {
        done: 'yes',
      }),
      400,
    );
    expect((await req('GET', `/api/v1/tasks/${x.id}`, dev1)).json().isDone).toBe(false);
  });

  it('a task without assignees is never done; replacing assignees keeps the boxes of those who stay', async () => {
    const x = await task({ assigneeIds: [dev1.user.id, dev2.user.id] });
    await tick(x.id, dev1);
    let res = await req('PATCH', `/api/v1/tasks/${x.id}`, manager, { assigneeIds: [dev1.user.id] });
    expect(res.json()).toMatchObject({ isDone: true, assigneeIds: [dev1.user.id] });
    res = await req('PATCH', `/api/v1/tasks/${x.id}`, manager, { assigneeIds: [] });
    expect(res.json()).toMatchObject({ isDone: false, assignees: [] });
  });

  it('developers outside the project team cannot be assigned', async () => {
    const res = await req('POST', '/api/v1/tasks', manager, {
      projectId: projectA.id,
      title: 'X',
      assigneeIds: [dev1.user.id, outsider.user.id],
    });
    expect(expectProblem(res, 400).errors).toEqual([
      { path: 'assigneeIds.1', message: "Developers must be members of the project's team" },
    ]);
    const withManager = await req('POST', '/api/v1/tasks', manager, {
      projectId: projectA.id,
      title: 'X',
      assigneeIds: [manager.user.id],
    });
    expect(withManager.statusCode).toBe(201);
  });
});

describe('overdue, sorting and state', () => {
  it('overdue = not done and past the deadline; open tasks come first, done ones last', async () => {
    const p = await project({
      name: 'State',
      clientId: client.id,
      teamId: teamA.id,
      budget: { amount: '1', currency: 'USD' },
    });
    const past = new Date(Date.now() - 86_400_000).toISOString();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const late = await task({ title: 'late', deadline: past, assigneeIds: [dev1.user.id] }, p.id);
    const doneLate = await task(
      { title: 'done late', deadline: past, assigneeIds: [dev1.user.id] },
      p.id,
    );
    await tick(doneLate.id, dev1);
    await task({ title: 'soon', deadline: future }, p.id);
    await task({ title: 'no deadline' }, p.id);
    expect(late.isOverdue).toBe(true);
    const list = (await req('GET', `/api/v1/tasks?projectId=${p.id}`, dev1)).json();
    expect(list.items.map((x: { title: string }) => x.title)).toEqual([
      'late',
      'soon',
      'no deadline',
      'done late',
    ]);
    expect(list.items.map((x: { isOverdue: boolean }) => x.isOverdue)).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(
      (await req('GET', `/api/v1/tasks?projectId=${p.id}&isOverdue=true`, dev1))
        .json()
        .items.map((x: { title: string }) => x.title),
    ).toEqual(['late']);
    expect(
      (await req('GET', `/api/v1/tasks?projectId=${p.id}&isDone=true`, dev1)).json().total,
    ).toBe(1);
    expect(
      (await req('GET', `/api/v1/tasks?projectId=${p.id}&assigneeId=${dev1.user.id}`, dev1)).json()
        .total,
    ).toBe(2);
    const state = (await req('GET', `/api/v1/projects/${p.id}`, dev1)).json().state;
    expect(state).toEqual({ tasksTotal: 4, tasksDone: 1, tasksOverdue: 1, progress: 0.25 });
  });
});

describe("the developers' scope", () => {
  it('a developer sees only their teams’ projects and tasks, in lists, counts and search', async () => {
    const inA = await task({ title: 'Scoped alpha task' });
    const inB = await task({ title: 'Scoped beta task' }, projectB.id);
    const ids = async (url: string, who: Who) =>
      (await req('GET', url, who)).json().items.map((x: { id: string }) => x.id);

    expect(await ids(`/api/v1/projects?clientId=${client.id}`, outsider)).toEqual([projectB.id]);
    expect(await ids('/api/v1/tasks?search=scoped', outsider)).toEqual([inB.id]);
    expect(await ids('/api/v1/tasks?search=scoped', dev1)).toEqual([inA.id]);
    expect((await ids('/api/v1/tasks?search=scoped&sort=title', manager)).sort()).toEqual(
      [inA.id, inB.id].sort(),
    );
    expect((await req('GET', `/api/v1/projects?teamId=${teamA.id}`, outsider)).json().total).toBe(
      0,
    );
    expect(
      (await req('GET', `/api/v1/tasks?projectId=${projectA.id}`, outsider)).json().total,
    ).toBe(0);
    // The team is visible; the number of its projects is counted within the caller's scope.
    expect((await req('GET', `/api/v1/teams/${teamA.id}`, outsider)).json().projectsCount).toBe(0);
    expect(
      (await req('GET', `/api/v1/teams/${teamA.id}`, dev1)).json().projectsCount,
    ).toBeGreaterThan(0);
    // The same in the list of teams.
    const listed = async (who: typeof dev1) =>
      (await req('GET', '/api/v1/teams?pageSize=100', who))
        .json()
        .items.find((x: { id: string }) => x.id === teamA.id).projectsCount;
    expect(await listed(outsider)).toBe(0);
    expect(await listed(dev1)).toBeGreaterThan(0);
    expect(await listed(manager)).toBe(await listed(dev1));
  });

  it('by id, everything of another team answers 404 — project, task, comments, feed, box', async () => {
    const x = await task({ title: 'hidden', assigneeIds: [dev1.user.id] });
    const c = (
      await req('POST', `/api/v1/tasks/${x.id}/comments`, dev1, { body: 'secret plan' })
    ).json();
    expectProblem(
      await req('GET', `/api/v1/projects/${projectA.id}`, outsider),
      404,
      'PROJECT_NOT_FOUND',
    );
    expectProblem(await req('GET', `/api/v1/tasks/${x.id}`, outsider), 404, 'TASK_NOT_FOUND');
    expectProblem(await req('GET', `/api/v1/tasks/${x.id}/comments`, outsider), 404);
    expectProblem(
      await req('POST', `/api/v1/tasks/${x.id}/comments`, outsider, { body: 'hi' }),
      404,
    );
    expectProblem(
      await req('PATCH', `/api/v1/tasks/${x.id}/comments/${c.id}`, outsider, { body: 'x' }),
      404,
    );
    expectProblem(await req('DELETE', `/api/v1/tasks/${x.id}/comments/${c.id}`, outsider), 404);
    expectProblem(await req('GET', `/api/v1/projects/${projectA.id}/comments`, outsider), 404);
    expectProblem(await tick(x.id, outsider), 404);
    // Nothing to show is an empty page for those who may see it, 404 for anyone else and for
    // what is not there.
    const quiet = await task({ title: 'no comments yet' });
    const none = { items: [], total: 0, page: 1, pageSize: 25 };
    expect((await req('GET', `/api/v1/tasks/${quiet.id}/comments`, dev1)).json()).toEqual(none);
    expectProblem(await req('GET', `/api/v1/tasks/${quiet.id}/comments`, outsider), 404);
    expectProblem(await req('GET', '/api/v1/tasks/nope/comments', dev1), 404, 'TASK_NOT_FOUND');
    const silent = await project({
      name: 'No comments yet',
      clientId: client.id,
      teamId: teamA.id,
      budget: { amount: '1.00', currency: 'USD' },
    });
    expect((await req('GET', `/api/v1/projects/${silent.id}/comments`, manager)).json()).toEqual(
      none,
    );
    expectProblem(
      await req('GET', '/api/v1/projects/nope/comments', manager),
      404,
      'PROJECT_NOT_FOUND',
    );
    expect(
      (await req('GET', `/api/v1/projects/${projectA.id}/comments`, dev2))
        .json()
        .items.some((k: { body: string }) => k.body === 'secret plan'),
    ).toBe(true);
  });

  it('a project moved to another team takes its tasks and their assignments out of the old team’s view', async () => {
    const moving = await project({
      name: 'Moving',
      clientId: client.id,
      teamId: teamA.id,
      budget: { amount: '10', currency: 'USD' },
    });
    const late = new Date(Date.now() - 86_400_000).toISOString();
    const x = await task(
      { title: 'Moving task', deadline: late, assigneeIds: [dev1.user.id] },
      moving.id,
    );
    const sees = async (who: Who) => ({
      search: (await req('GET', '/api/v1/tasks?search=moving', who)).json().total,
      team: (await req('GET', `/api/v1/tasks?teamId=${teamB.id}&search=moving`, who)).json().total,
      byId: (await req('GET', `/api/v1/tasks/${x.id}`, who)).statusCode,
      assigned: (await req('GET', `/api/v1/tasks?assigneeId=${dev1.user.id}&sort=deadline`, who))
        .json()
        .items.some((k: { id: string }) => k.id === x.id),
    });
    const homeOf = async (who: Who) =>
      (await req('GET', '/api/v1/home/mine', who)).json().myTasks.openCount;
    const before = await homeOf(dev1);
    expect(await sees(dev1)).toEqual({ search: 1, team: 0, byId: 200, assigned: true });
    expect(await sees(outsider)).toEqual({ search: 0, team: 0, byId: 404, assigned: false });

    const moved = await req('PATCH', `/api/v1/projects/${moving.id}`, manager, {
      teamId: teamB.id,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await sees(dev1)).toEqual({ search: 0, team: 0, byId: 404, assigned: false });
    expect(await homeOf(dev1)).toBe(before - 1);
    expect(await sees(outsider)).toEqual({ search: 1, team: 1, byId: 200, assigned: true });
    expect(await sees(manager)).toEqual({ search: 1, team: 1, byId: 200, assigned: true });

    // And back again.
    const back = await req('PATCH', `/api/v1/projects/${moving.id}`, manager, {
      teamId: teamA.id,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(await sees(dev1)).toEqual({ search: 1, team: 0, byId: 200, assigned: true });
    expect(await homeOf(dev1)).toBe(before);
  });

  it('developers may not create, change or delete projects and tasks', async () => {
    const x = await task({ title: 'read only' });
    expectProblem(
      await req('POST', '/api/v1/projects', dev1, {
        name: 'X',
        clientId: client.id,
        teamId: teamA.id,
        budget: { amount: '1', currency: 'USD' },
      }),
      403,
    );
    expectProblem(
      await req('PATCH', `/api/v1/projects/${projectA.id}`, dev1, { name: 'Hacked' }),
      403,
    );
    expectProblem(await req('DELETE', `/api/v1/projects/${projectA.id}`, dev1), 403);
    expectProblem(
      await req('POST', '/api/v1/tasks', dev1, { projectId: projectA.id, title: 'X' }),
      403,
    );
    expectProblem(await req('PATCH', `/api/v1/tasks/${x.id}`, dev1, { title: 'Hacked' }), 403);
    expectProblem(await req('DELETE', `/api/v1/tasks/${x.id}`, dev1), 403);
    expectProblem(await req('GET', `/api/v1/projects/${projectA.id}/communications`, dev1), 403);
  });
});

describe('comments', () => {
  it('both roles comment; only the author edits; author or admin deletes; the project feed aggregates', async () => {
    const p = await project({
      name: 'Feed',
      clientId: client.id,
      teamId: teamA.id,
      budget: { amount: '1', currency: 'USD' },
    });
    const t1 = await task({ title: 'one' }, p.id);
    const t2 = await task({ title: 'two' }, p.id);
    const first = (
      await req('POST', `/api/v1/tasks/${t1.id}/comments`, manager, { body: 'Please estimate' })
    ).json();
    const second = (
      await req('POST', `/api/v1/tasks/${t2.id}/comments`, dev1, { body: 'Done by Friday' })
    ).json();
    expect(second).toMatchObject({
      authorId: dev1.user.id,
      task: { id: t2.id, title: 'two' },
      editedAt: null,
    });

    const feed = (await req('GET', `/api/v1/projects/${p.id}/comments`, dev2)).json();
    expect(feed.items.map((k: { body: string }) => k.body)).toEqual([
      'Done by Friday',
      'Please estimate',
    ]);
    expect((await req('GET', `/api/v1/tasks/${t1.id}/comments`, dev2)).json().total).toBe(1);

    expectProblem(
      await req('PATCH', `/api/v1/tasks/${t2.id}/comments/${second.id}`, manager, { body: 'x' }),
      403,
    );
    const edited = (
      await req('PATCH', `/api/v1/tasks/${t2.id}/comments/${second.id}`, dev1, {
        body: 'Done by Thursday',
      })
    ).json();
    expect(edited).toMatchObject({ body: 'Done by Thursday', editedAt: expect.any(String) });
    expectProblem(await req('DELETE', `/api/v1/tasks/${t1.id}/comments/${first.id}`, dev1), 403);
    expectProblem(
      await req('PATCH', `/api/v1/tasks/${t1.id}/comments/${second.id}`, dev1, {
        body: 'wrong task',
      }),
      404,
      'COMMENT_NOT_FOUND',
    );
    expect(
      (await req('DELETE', `/api/v1/tasks/${t1.id}/comments/${first.id}`, admin)).statusCode,
    ).toBe(204);
    expectProblem(await req('POST', `/api/v1/tasks/${t1.id}/comments`, dev1, { body: '   ' }), 400);
    expect((await req('GET', `/api/v1/tasks/${t2.id}`, manager)).json().commentsCount).toBe(1);
  });
});

describe('deleting and linking', () => {
  it('a project with tasks needs the cascade; communications about it stay, unlinked', async () => {
    const p = await project({
      name: 'Doomed',
      clientId: client.id,
      teamId: teamA.id,
      budget: { amount: '1', currency: 'USD' },
    });
    const x = await task({ title: 'doomed task' }, p.id);
    await req('POST', `/api/v1/tasks/${x.id}/comments`, manager, { body: 'bye' });
    const contact = (
      await req('POST', '/api/v1/contacts', manager, { clientId: client.id, firstName: 'Link' })
    ).json();
    const m = await req('POST', '/api/v1/communications', manager, {
      contactId: contact.id,
      channel: 'email',
      direction: 'outgoing',
      description: 'About the task',
      projectId: p.id,
      taskId: x.id,
    });
    expect(m.statusCode).toBe(201);
    expect(m.json()).toMatchObject({ projectId: p.id, taskId: x.id });
    expect(
      (await req('GET', `/api/v1/projects/${p.id}/communications`, manager)).json().total,
    ).toBe(1);
    expect((await req('GET', `/api/v1/tasks/${x.id}/communications`, manager)).json().total).toBe(
      1,
    );

    expectProblem(
      await req('DELETE', `/api/v1/projects/${p.id}`, manager),
      409,
      'PROJECT_NOT_EMPTY',
    );
    expectProblem(
      await req('DELETE', `/api/v1/clients/${client.id}?cascade=true`, manager),
      409,
      'CLIENT_NOT_EMPTY',
    );
    expect((await req('DELETE', `/api/v1/projects/${p.id}?cascade=true`, manager)).statusCode).toBe(
      204,
    );
    expectProblem(await req('GET', `/api/v1/tasks/${x.id}`, manager), 404);
    const kept = (await req('GET', `/api/v1/communications/${m.json().id}`, manager)).json();
    expect(kept).toMatchObject({ projectId: null, taskId: null, description: 'About the task' });
  });

  it('a communication links only to projects and tasks of its own client', async () => {
    const foreign = await project({
      name: 'Foreign',
      clientId: otherClient.id,
      teamId: teamA.id,
      budget: { amount: '1', currency: 'USD' },
    });
    const foreignTask = await task({ title: 'foreign task' }, foreign.id);
    const ownTask = await task({ title: 'own task' });
    const contact = (
      await req('POST', '/api/v1/contacts', manager, { clientId: client.id, firstName: 'Strict' })
    ).json();
    const base = {
      contactId: contact.id,
      channel: 'phone',
      direction: 'incoming',
      description: 'x',
    };
    expect(
      expectProblem(
        await req('POST', '/api/v1/communications', manager, { ...base, projectId: foreign.id }),
        400,
      ).errors?.[0]?.path,
    ).toBe('projectId');
    expect(
      expectProblem(
        await req('POST', '/api/v1/communications', manager, { ...base, taskId: foreignTask.id }),
        400,
      ).errors?.[0]?.path,
    ).toBe('taskId');
    expect(
      expectProblem(
        await req('POST', '/api/v1/communications', manager, {
          ...base,
          projectId: projectB.id,
          taskId: ownTask.id,
        }),
        400,
      ).errors?.[0]?.message,
    ).toBe('Not a task of that project');
    expect(
      (
        await req('POST', '/api/v1/communications', manager, {
          ...base,
          projectId: projectA.id,
          taskId: ownTask.id,
        })
      ).statusCode,
    ).toBe(201);
  });
});

describe("a person's tasks, read from their assignments", () => {
  it('list order, filters and home counts follow ticks, deadlines, new and deleted tasks, and leaving the team', async () => {
    const lead = await t.as('developer');
    const me = await t.as('developer');
    const team = (
      await req('POST', '/api/v1/teams', manager, {
        name: 'Team Mine',
        members: [{ userId: lead.user.id, isLead: true }, { userId: me.user.id }],
      })
    ).json();
    const mineProject = await project({
      name: 'Mine',
      clientId: client.id,
      teamId: team.id,
      budget: { amount: '10', currency: 'USD' },
    });
    const day = 86_400_000;
    const at = (days: number) => new Date(Date.now() + days * day).toISOString();
    const mine = (title: string, deadline: string | null) =>
      task({ title, deadline, assigneeIds: [me.user.id] }, mineProject.id);
    const late = await mine('late', at(-2));
    const soon = await mine('soon', at(3));
    const someday = await mine('someday', null);
    await task(
      { title: 'not mine', deadline: at(-5), assigneeIds: [lead.user.id] },
      mineProject.id,
    );

    const titles = async (q: string) => {
      const res = (await req('GET', `/api/v1/tasks?assigneeId=${me.user.id}&${q}`, me)).json();
      return { total: res.total, titles: res.items.map((x: { title: string }) => x.title) };
    };
    /** The assignments' path against the tasks' own (a project filter takes that one). */
    const agree = async (q: string) => {
      const fromAssignments = await titles(q);
      expect(await titles(`${q}&projectId=${mineProject.id}`), q).toEqual(fromAssignments);
      return fromAssignments;
    };
    const home = async () => (await req('GET', '/api/v1/home/mine', me)).json().myTasks;

    expect(await agree('sort=deadline')).toEqual({
      total: 3,
      titles: ['late', 'soon', 'someday'],
    });
    expect(await agree('sort=deadline&isOverdue=true')).toEqual({ total: 1, titles: ['late'] });
    expect(await home()).toMatchObject({ openCount: 3, overdueCount: 1 });

    expect((await tick(late.id, me)).statusCode).toBe(200);
    await req('PATCH', `/api/v1/tasks/${soon.id}`, manager, { deadline: at(-1) });
    const added = await mine('added', at(1));
    expect((await req('DELETE', `/api/v1/tasks/${someday.id}`, manager)).statusCode).toBe(204);
    expect(await agree('sort=deadline&isDone=false')).toEqual({
      total: 2,
      titles: ['soon', 'added'],
    });
    expect(await agree('sort=-status')).toEqual({ total: 3, titles: ['late', 'added', 'soon'] });
    expect(await agree('sort=deadline&isOverdue=false')).toEqual({
      total: 2,
      titles: ['late', 'added'],
    });
    expect(await home()).toMatchObject({ openCount: 2, overdueCount: 1 });
    expect(added.id).toBeDefined();

    // Out of the team: the assignments stay, but the scope hides the team's work.
    const left = await req('PATCH', `/api/v1/teams/${team.id}`, manager, {
      members: [{ userId: lead.user.id, isLead: true }],
    });
    expect(left.statusCode, left.body).toBe(200);
    expect(await titles('sort=deadline')).toEqual({ total: 0, titles: [] });
    expect(await home()).toMatchObject({ openCount: 0, overdueCount: 0, items: [] });
    // Nor can they tick their box there any more: as if the task were not there, box unchanged.
    expectProblem(await tick(added.id, me), 404, 'TASK_NOT_FOUND');
    expectProblem(await tick(late.id, me, me.user.id, false), 404, 'TASK_NOT_FOUND');
    const boxes = async (id: string) =>
      (await req('GET', `/api/v1/tasks/${id}`, manager)).json<Task>().assignees.map((a) => a.done);
    expect(await boxes(added.id)).toEqual([false]);
    expect(await boxes(late.id)).toEqual([true]);
  });
});
