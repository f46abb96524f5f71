import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, setupApp, type TestContext, type TestUser } from './harness.js';

/**
 * Fields a caller may not set — ids, authors, audit stamps, computed state, other people's role —
 * are refused (400, naming the field) on every create and update, and the record is unchanged.
 */
type Who = { user: TestUser; token: string };
let t: TestContext;
let admin: Who, manager: Who, dev: Who;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await setupApp();
  admin = await t.as('admin');
  manager = await t.as('manager');
  dev = await t.as('developer');
  const post = async (url: string, payload: object) =>
    (await t.inject({ method: 'POST', url, token: manager.token, payload })).json<{ id: string }>();
  ids.client = (await post('/api/v1/clients', { name: 'MA', type: 'company', source: 'other' })).id;
  ids.contact = (await post('/api/v1/contacts', { clientId: ids.client, firstName: 'M' })).id;
  ids.communication = (
    await post('/api/v1/communications', {
      contactId: ids.contact,
      channel: 'email',
      direction: 'incoming',
      description: 'x',
    })
  ).id;
  ids.team = (
    await post('/api/v1/teams', {
      name: 'MA team',
      members: [{ userId: dev.user.id, isLead: true }],
    })
  ).id;
  ids.project = (
    await post('/api/v1/projects', {
      name: 'MA',
      clientId: ids.client,
      teamId: ids.team,
      budget: { amount: '1', currency: 'USD' },
    })
  ).id;
  ids.task = (
    await post('/api/v1/tasks', { projectId: ids.project, title: 'MA', assigneeIds: [dev.user.id] })
  ).id;
  ids.advice = (await post('/api/v1/advice', { topic: 'a', title: 'b', body: 'c' })).id;
});
afterAll(() => t.close());

const cases: [string, string, () => string, Record<string, unknown>][] = [
  [
    'POST',
    'users',
    () => '/api/v1/users',
    {
      username: 'ma.user',
      email: 'ma@x.example',
      firstName: 'A',
      lastName: 'B',
      role: 'developer',
      password: 'long-password',
      id: 'mine',
      createdAt: '2000-01-01T00:00:00Z',
      lastLoginAt: '2000-01-01T00:00:00Z',
    },
  ],
  ['PATCH', 'user', () => `/api/v1/users/${admin.user.id}`, { passwordHash: 'x', createdBy: 'x' }],
  [
    'POST',
    'clients',
    () => '/api/v1/clients',
    {
      name: 'X',
      type: 'company',
      source: 'other',
      id: 'mine',
      createdBy: 'someone',
      photoUrl: '/x',
      contactsCount: 5,
    },
  ],
  [
    'PATCH',
    'client',
    () => `/api/v1/clients/${ids.client}`,
    { updatedBy: 'someone', createdAt: '2000-01-01T00:00:00Z' },
  ],
  [
    'POST',
    'contacts',
    () => '/api/v1/contacts',
    { clientId: ids.client, firstName: 'X', id: 'mine', createdBy: 'x' },
  ],
  [
    'POST',
    'communications',
    () => '/api/v1/communications',
    {
      contactId: ids.contact,
      channel: 'email',
      direction: 'incoming',
      description: 'x',
      authorId: 'someone',
      clientId: 'other',
    },
  ],
  [
    'PATCH',
    'communication',
    () => `/api/v1/communications/${ids.communication}`,
    { authorId: 'someone', clientId: 'other' },
  ],
  ['PATCH', 'team', () => `/api/v1/teams/${ids.team}`, { projectsCount: 9, id: 'x' }],
  [
    'PATCH',
    'project',
    () => `/api/v1/projects/${ids.project}`,
    {
      state: { tasksDone: 100 },
      budgetState: 'within',
      tasksBudget: { amount: '0', currency: 'USD' },
    },
  ],
  [
    'PATCH',
    'task',
    () => `/api/v1/tasks/${ids.task}`,
    { isDone: true, isOverdue: false, assignees: [], projectId: 'other', createdBy: 'x' },
  ],
  [
    'POST',
    'task comment',
    () => `/api/v1/tasks/${ids.task}/comments`,
    { body: 'x', authorId: 'someone', editedAt: null },
  ],
  [
    'PATCH',
    'advice',
    () => `/api/v1/advice/${ids.advice}`,
    { authorId: 'someone', commentsCount: 3 },
  ],
  [
    'PATCH',
    'profile',
    () => '/api/v1/auth/me',
    { role: 'admin', isActive: true, username: 'root' },
  ],
];

describe('mass assignment', () => {
  it.each(cases)(
    '%s %s refuses fields the caller may not set',
    async (method, _name, url, payload) => {
      const res = await t.inject({
        method: method,
        url: url(),
        token: url().includes('/users') ? admin.token : manager.token,
        payload,
      });
      const p = expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(p.errors?.length).toBeGreaterThan(0);
    },
  );

  it('nothing above changed any record', async () => {
    const task = (
      await t.inject({ method: 'GET', url: `/api/v1/tasks/${ids.task}`, token: manager.token })
    ).json();
    expect(task).toMatchObject({
      isDone: false,
      projectId: ids.project,
      assigneeIds: [dev.user.id],
    });
    const m = (
      await t.inject({
        method: 'GET',
        url: `/api/v1/communications/${ids.communication}`,
        token: manager.token,
      })
    ).json();
    expect(m).toMatchObject({ authorId: manager.user.id, clientId: ids.client });
    expect(
      (await t.inject({ method: 'GET', url: '/api/v1/auth/me', token: manager.token })).json().role,
    ).toBe('manager');
    expect(
      (
        await t.inject({ method: 'GET', url: '/api/v1/users?search=ma.user', token: admin.token })
      ).json().total,
    ).toBe(0);
  });

  it('a developer cannot make themself a manager, nor tick a box for someone else', async () => {
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url: `/api/v1/users/${dev.user.id}`,
        token: dev.token,
        payload: { role: 'manager' },
      }),
      403,
    );
    expectProblem(
      await t.inject({
        method: 'PUT',
        url: `/api/v1/tasks/${ids.task}/assignees/${manager.user.id}/done`,
        token: dev.token,
        payload: { done: true },
      }),
      403,
    );
  });
});

describe('transport security headers', () => {
  it('behind a TLS-terminating proxy (TRUST_PROXY) HSTS is sent', async () => {
    const t2 = await setupApp({ TRUST_PROXY: 'true' });
    try {
      const res = await t2.inject({ method: 'GET', url: '/healthz' });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await t2.close();
    }
    expect(
      (await t.inject({ method: 'GET', url: '/healthz' })).headers['strict-transport-security'],
    ).toBeUndefined();
  });

  it('no cookies are ever set; CORS preflights get no allowance', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: manager.user.username, password: manager.user.password },
    });
    expect(login.headers['set-cookie']).toBeUndefined();
    const pre = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/clients',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
  });
});
