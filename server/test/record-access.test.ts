import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectedAccess,
  expectedRecordAccess,
  type Caller,
  type Cell,
  type Outcome,
} from './access-matrix.js';
import { expectProblem, setupApp, type TestContext, type TestUser } from './harness.js';

/**
 * Record-level access: every route a developer may call, and every route on a record with an
 * owner, × a developer in the record's team, a developer of another team, a manager and an
 * admin × their own record and someone else's, against `expectedRecordAccess`. Records that a
 * call may change or delete are made afresh for each case, by their owner through the API.
 */
interface Who {
  user: TestUser;
  token: string;
}
let t: TestContext;
let callers: Record<Caller, Who>;
/** A developer of the same team: the owner of "other" delivery records and profiles. */
let colleague: Who;
/** Another manager: the owner of "other" communications and tips. */
let otherManager: Who;
let team: { id: string };
let project: { id: string };
let task: { id: string };
let contact: { id: string };
let tip: { id: string };

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);

async function create(who: Who, url: string, payload: object): Promise<{ id: string }> {
  const res = await t.inject({ method: 'POST', url, token: who.token, payload });
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>();
}

beforeAll(async () => {
  t = await setupApp();
  callers = {
    member: await t.as('developer'),
    outsider: await t.as('developer'),
    manager: await t.as('manager'),
    admin: await t.as('admin'),
  };
  colleague = await t.as('developer');
  otherManager = await t.as('manager');
  const { manager } = callers;
  const client = await create(manager, '/api/v1/clients', {
    name: 'Orbit Bank',
    type: 'company',
    source: 'referral',
  });
  contact = await create(manager, '/api/v1/contacts', { clientId: client.id, firstName: 'Olena' });
  team = await create(manager, '/api/v1/teams', {
    name: 'Team A',
    members: [{ userId: callers.member.user.id, isLead: true }, { userId: colleague.user.id }],
  });
  await create(manager, '/api/v1/teams', {
    name: 'Team B',
    members: [{ userId: callers.outsider.user.id, isLead: true }],
  });
  project = await create(manager, '/api/v1/projects', {
    name: 'Mobile banking',
    clientId: client.id,
    teamId: team.id,
    budget: { amount: '1000.00', currency: 'USD' },
  });
  task = await create(manager, '/api/v1/tasks', {
    projectId: project.id,
    title: 'Login screen',
    assigneeIds: [
      callers.member.user.id,
      colleague.user.id,
      callers.manager.user.id,
      callers.admin.user.id,
    ],
  });
  tip = await create(otherManager, '/api/v1/advice', {
    topic: 'Escalations',
    title: 'When a client threatens to leave',
    body: 'Call them the same day.',
  });
});
afterAll(() => t.close());

interface Call {
  url: string;
  payload?: object | Buffer;
  headers?: Record<string, string>;
  /** For list routes: the id that is listed or hidden. */
  listedId?: string;
}

/** Builds the call of a route on a record `owner` owns (or on team A's work). */
async function prepare(route: string, owner: Who): Promise<Call> {
  const [method, path] = route.split(' ') as [string, string];
  let url = path;
  let listedId: string | undefined;
  if (path.startsWith('/api/v1/users')) {
    url = url.replace(':id', owner.user.id);
    listedId = owner.user.id;
    if (path.endsWith('/photo')) {
      const put = await t.inject({
        method: 'PUT',
        url,
        token: owner.token,
        headers: { 'content-type': 'image/png' },
        payload: png,
      });
      if (put.statusCode !== 200) throw new Error(put.body);
    }
  } else if (path.startsWith('/api/v1/teams')) {
    url = url.replace(':id', team.id);
    listedId = team.id;
  } else if (path.startsWith('/api/v1/projects')) {
    url = url.replace(':id', project.id);
    listedId = project.id;
  } else if (path.startsWith('/api/v1/tasks')) {
    url = url.replace(':id', task.id).replace(':userId', owner.user.id);
    listedId = task.id;
    if (path.includes(':commentId')) {
      const c = await create(owner, `/api/v1/tasks/${task.id}/comments`, { body: 'A note' });
      url = url.replace(':commentId', c.id);
    }
  } else if (path.startsWith('/api/v1/communications')) {
    const c = await create(owner, '/api/v1/communications', {
      contactId: contact.id,
      channel: 'email',
      direction: 'incoming',
      description: 'Asked for an estimate',
    });
    url = url.replace(':id', c.id);
  } else if (path.startsWith('/api/v1/advice')) {
    if (path.includes(':commentId')) {
      const c = await create(owner, `/api/v1/advice/${tip.id}/comments`, { body: 'Agreed' });
      url = url.replace(':id', tip.id).replace(':commentId', c.id);
    } else {
      const a = await create(owner, '/api/v1/advice', {
        topic: 'Sales',
        title: 'Ask about the budget early',
        body: 'Before the estimate.',
      });
      url = url.replace(':id', a.id);
    }
  }
  if (url.includes(':')) throw new Error(`${route}: no record for ${url}`);
  const payloads: Record<string, object> = {
    'PATCH /api/v1/users/:id': { firstName: 'Renamed' },
    'POST /api/v1/tasks/:id/comments': { body: 'Hello' },
    'PATCH /api/v1/tasks/:id/comments/:commentId': { body: 'Edited' },
    'PUT /api/v1/tasks/:id/assignees/:userId/done': { done: true },
    'PATCH /api/v1/communications/:id': { description: 'Edited' },
    'PATCH /api/v1/advice/:id': { title: 'Edited' },
    'PATCH /api/v1/advice/:id/comments/:commentId': { body: 'Edited' },
  };
  if (route === 'PUT /api/v1/users/:id/photo') {
    return { url, payload: png, headers: { 'content-type': 'image/png' } };
  }
  if (method === 'GET' && !path.includes(':')) return { url: `${url}?pageSize=100`, listedId };
  return { url, payload: payloads[route] };
}

function ownerOf(route: string, caller: Caller, whose: 'own' | 'other'): Who {
  if (whose === 'own') return callers[caller];
  return route.includes('/communications') || route.includes('/advice') ? otherManager : colleague;
}

describe('the record table', () => {
  it('has an entry for every route a developer may call, and every entry is a route', () => {
    const routes = new Set(t.app.routeTable.map((r) => `${r.method} ${r.url}`));
    for (const key of Object.keys(expectedRecordAccess)) expect(routes, key).toContain(key);
    const forDevelopers = Object.entries(expectedAccess)
      .filter(([, allowed]) => allowed !== 'public' && allowed.includes('developer'))
      .map(([route]) => route);
    for (const route of forDevelopers)
      expect(Object.keys(expectedRecordAccess), route).toContain(route);
  });

  it('"self" routes name no record: no path parameter to point at someone else', () => {
    for (const [route, rule] of Object.entries(expectedRecordAccess)) {
      if (rule === 'self') expect(route, route).not.toContain(':');
    }
  });
});

const cases = Object.entries(expectedRecordAccess).flatMap(([route, rule]) =>
  rule === 'self'
    ? []
    : (Object.entries(rule) as [Caller, Cell][]).flatMap(([caller, cell]) =>
        typeof cell === 'object'
          ? [
              { route, caller, whose: 'own' as const, expected: cell.own },
              { route, caller, whose: 'other' as const, expected: cell.other },
            ]
          : [{ route, caller, whose: 'other' as const, expected: cell }],
      ),
);

describe.each(cases)('$route: $caller, $whose record', ({ route, caller, whose, expected }) => {
  it(`→ ${expected}`, async () => {
    const method = route.split(' ')[0]!;
    const call = await prepare(route, ownerOf(route, caller, whose));
    const res = await t.inject({
      method,
      url: call.url,
      token: callers[caller].token,
      headers: call.headers,
      payload: call.payload,
    });
    const outcome: Outcome = expected;
    if (outcome === 'listed' || outcome === 'hidden') {
      expect(res.statusCode, res.body).toBe(200);
      const ids = res.json<{ items: { id: string }[] }>().items.map((i) => i.id);
      if (outcome === 'listed') expect(ids).toContain(call.listedId);
      else expect(ids).not.toContain(call.listedId);
    } else if (outcome === 403 || outcome === 404) {
      expectProblem(res, outcome);
    } else {
      expect(res.statusCode, res.body).toBe(outcome);
    }
  });
});
