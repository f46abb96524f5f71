import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, setupApp, type TestContext, type TestUser } from '../../../test/harness.js';

/** Figures checked against data made here, not just status codes. */
type Who = { user: TestUser; token: string };
let t: TestContext;
let admin: Who, m1: Who, m2: Who, dev: Who;
let p1: { id: string }, p2: { id: string };
let acmeContact: { id: string };
const today = new Date().toISOString().slice(0, 10);
const past = new Date(Date.now() - 3 * 86_400_000).toISOString();
const future = new Date(Date.now() + 3 * 86_400_000).toISOString();

beforeAll(async () => {
  t = await setupApp();
  admin = await t.as('admin');
  m1 = await t.as('manager');
  m2 = await t.as('manager');
  dev = await t.as('developer');
  const post = async (url: string, payload: object, who: Who = m1) => {
    const res = await t.inject({ method: 'POST', url, token: who.token, payload });
    if (res.statusCode !== 201) throw new Error(`${url} ${res.body}`);
    return res.json();
  };
  const acme = await post('/api/v1/clients', {
    name: 'Acme',
    type: 'company',
    source: 'referral',
    status: 'active',
    isVip: true,
    managerId: m1.user.id,
  });
  const bolt = await post('/api/v1/clients', {
    name: 'Bolt',
    type: 'individual',
    source: 'website',
    status: 'lead',
    managerId: m1.user.id,
  });
  const core = await post('/api/v1/clients', {
    name: 'Core',
    type: 'company',
    source: 'referral',
    status: 'active',
    managerId: m2.user.id,
  });
  acmeContact = await post('/api/v1/contacts', { clientId: acme.id, firstName: 'Ann' });
  const boltContact = await post('/api/v1/contacts', { clientId: bolt.id, firstName: 'Bo' });
  const coreContact = await post('/api/v1/contacts', { clientId: core.id, firstName: 'Cy' });
  const log = (
    contactId: string,
    occurredAt: string,
    channel: string,
    direction: string,
    who: Who,
  ) =>
    post(
      '/api/v1/communications',
      { contactId, occurredAt, channel, direction, description: 'x' },
      who,
    );
  await log(acmeContact.id, '2026-01-05T10:00:00Z', 'email', 'outgoing', m1);
  await log(boltContact.id, '2026-01-20T10:00:00Z', 'email', 'outgoing', m1);
  await log(acmeContact.id, '2026-02-02T10:00:00Z', 'phone', 'incoming', m1);
  await log(coreContact.id, '2026-02-03T10:00:00Z', 'meeting', 'outgoing', m2);
  // A colleague logs a call on m1's client: it shows on m1's home too.
  await log(acmeContact.id, past, 'videoCall', 'incoming', m2);

  const team = await post('/api/v1/teams', {
    name: 'Stats team',
    members: [{ userId: dev.user.id, isLead: true }],
  });
  p1 = await post('/api/v1/projects', {
    name: 'Over',
    clientId: acme.id,
    teamId: team.id,
    status: 'active',
    budget: { amount: '100.00', currency: 'USD' },
  });
  p2 = await post(
    '/api/v1/projects',
    {
      name: 'Under',
      clientId: core.id,
      teamId: team.id,
      status: 'planned',
      budget: { amount: '1000.00', currency: 'EUR' },
    },
    m2,
  );
  await post('/api/v1/tasks', {
    projectId: p1.id,
    title: 'late',
    deadline: past,
    budget: { amount: '60.00', currency: 'USD' },
    assigneeIds: [dev.user.id],
  });
  await post('/api/v1/tasks', {
    projectId: p1.id,
    title: 'soon',
    deadline: future,
    budget: { amount: '50.00', currency: 'USD' },
    assigneeIds: [dev.user.id],
  });
  const done = await post(
    '/api/v1/tasks',
    {
      projectId: p2.id,
      title: 'done',
      budget: { amount: '100.00', currency: 'EUR' },
      assigneeIds: [dev.user.id],
    },
    m2,
  );
  await t.inject({
    method: 'PUT',
    url: `/api/v1/tasks/${done.id}/assignees/${dev.user.id}/done`,
    token: dev.token,
    payload: { done: true },
  });
});
afterAll(() => t.close());

const stats = async (path: string, q = '', who: Who = admin) => {
  const res = await t.inject({
    method: 'GET',
    url: `/api/v1/statistics/${path}?${q}`,
    token: who.token,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('statistics', () => {
  it('clients: totals, VIP, by status/source/type/manager, new per month; the manager filter applies', async () => {
    const all = await stats('clients');
    expect(all).toMatchObject({ total: 3, vip: 1 });
    expect(all.byStatus).toEqual([
      { key: 'active', count: 2 },
      { key: 'lead', count: 1 },
    ]);
    expect(all.bySource).toEqual([
      { key: 'referral', count: 2 },
      { key: 'website', count: 1 },
    ]);
    expect(all.byType).toEqual(
      expect.arrayContaining([
        { key: 'company', count: 2 },
        { key: 'individual', count: 1 },
      ]),
    );
    expect(all.byManager.find((m: { managerId: string }) => m.managerId === m1.user.id).count).toBe(
      2,
    );
    expect(all.newPerPeriod).toEqual([{ period: today.slice(0, 7), count: 3 }]);
    const mine = await stats('clients', `managerId=${m1.user.id}`);
    expect(mine).toMatchObject({ total: 2, vip: 1 });
    expect((await stats('clients', `from=${today}&to=${today}`)).total).toBe(3);
    expect((await stats('clients', 'to=2020-01-01')).total).toBe(0);
  });

  it('communications: by channel, direction, manager and a time series, in the range', async () => {
    const jan = await stats('communications', 'from=2026-01-01&to=2026-01-31');
    expect(jan.total).toBe(2);
    expect(jan.byChannel).toEqual([{ key: 'email', count: 2 }]);
    expect(jan.series).toEqual([
      { period: '2026-01', channel: 'email', direction: 'outgoing', count: 2 },
    ]);
    const winter = await stats(
      'communications',
      `from=2026-01-01&to=2026-02-28&managerId=${m1.user.id}`,
    );
    expect(winter.total).toBe(3);
    expect(winter.byDirection).toEqual([
      { key: 'outgoing', count: 2 },
      { key: 'incoming', count: 1 },
    ]);
    // The author's name: joined to the summaries' counts (whole months, and days of a partial
    // one), looked up for a manager filter.
    const name = await t.database.db
      .selectFrom('users')
      .select(['firstName', 'lastName'])
      .where('id', '=', m1.user.id)
      .executeTakeFirstOrThrow();
    expect(winter.byManager).toEqual([{ managerId: m1.user.id, ...name, count: 3 }]);
    for (const range of ['from=2026-01-01&to=2026-02-28', 'from=2026-01-02&to=2026-02-27']) {
      const { byManager } = await stats('communications', range);
      expect(byManager.find((a: { managerId: string }) => a.managerId === m1.user.id)).toEqual({
        managerId: m1.user.id,
        ...name,
        count: expect.any(Number),
      });
    }
    const weekly = await stats('communications', 'from=2026-01-01&to=2026-02-28&interval=week');
    // 2026-01-05 is a Monday; 2026-01-20 a Tuesday (week of the 19th); 2 and 3 February, the week of the 2nd.
    expect([...new Set(weekly.series.map((s: { period: string }) => s.period))]).toEqual([
      '2026-01-05',
      '2026-01-19',
      '2026-02-02',
    ]);
  });

  it('communications: the daily summaries follow edits and deletions, and agree with the per-manager pass', async () => {
    const range = 'from=2025-06-01&to=2025-06-30';
    const before = await stats('communications', range);
    expect(before.total).toBe(0);
    const made = await t.inject({
      method: 'POST',
      url: '/api/v1/communications',
      token: m2.token,
      payload: {
        contactId: acmeContact.id,
        occurredAt: '2025-06-10T23:30:00.000Z',
        channel: 'phone',
        direction: 'incoming',
        description: 'Late call',
      },
    });
    expect(made.statusCode).toBe(201);
    const id = made.json().id as string;
    const june = await stats('communications', range);
    expect(june.total).toBe(1);
    expect(june.byChannel).toEqual([{ key: 'phone', count: 1 }]);
    expect(june.byManager).toEqual([expect.objectContaining({ managerId: m2.user.id, count: 1 })]);
    // The figures without a manager (summaries) and with one (the communications themselves)
    // must tell the same story.
    expect((await stats('communications', `${range}&managerId=${m2.user.id}`)).series).toEqual(
      june.series,
    );

    const moved = await t.inject({
      method: 'PATCH',
      url: `/api/v1/communications/${id}`,
      token: m2.token,
      payload: { channel: 'email', occurredAt: '2025-07-01T08:00:00.000Z' },
    });
    expect(moved.statusCode).toBe(200);
    expect((await stats('communications', range)).total).toBe(0);
    const july = await stats('communications', 'from=2025-07-01&to=2025-07-01');
    expect(july.byChannel).toEqual([{ key: 'email', count: 1 }]);

    const gone = await t.inject({
      method: 'DELETE',
      url: `/api/v1/communications/${id}`,
      token: m2.token,
    });
    expect(gone.statusCode).toBe(204);
    const after = await stats('communications', 'from=2025-07-01&to=2025-07-01');
    expect(after).toMatchObject({ total: 0, byChannel: [], byManager: [], series: [] });
  });

  it('delivery: projects by status, tasks done/open/overdue, budget use with the over-budget first', async () => {
    const d = await stats('delivery');
    expect(d.projectsByStatus).toEqual(
      expect.arrayContaining([
        { key: 'active', count: 1 },
        { key: 'planned', count: 1 },
      ]),
    );
    expect(d.tasks).toEqual({ total: 3, done: 1, open: 2, overdue: 1 });
    expect(d.budgetUse[0]).toMatchObject({
      projectId: p1.id,
      over: true,
      budget: { amount: '100.00', currency: 'USD' },
      tasksBudget: { amount: '110.00', currency: 'USD' },
    });
    expect(d.budgetUse[0].use).toBeCloseTo(1.1);
    expect(d.budgetUse[1]).toMatchObject({ projectId: p2.id, over: false, use: 0.1 });
    const m2only = await stats('delivery', `managerId=${m2.user.id}`);
    expect(m2only.tasks).toEqual({ total: 1, done: 1, open: 0, overdue: 0 });
  });

  it('refuses bad filters and developers', async () => {
    for (const q of [
      'from=2026-13-01',
      'to=yesterday',
      'from=2026-02-01&to=2026-01-01',
      'interval=day',
      'foo=1',
    ]) {
      expectProblem(
        await t.inject({ method: 'GET', url: `/api/v1/statistics/clients?${q}`, token: m1.token }),
        400,
      );
    }
    for (const path of ['clients', 'communications', 'delivery']) {
      expectProblem(
        await t.inject({ method: 'GET', url: `/api/v1/statistics/${path}`, token: dev.token }),
        403,
      );
    }
  });
});

describe('communication summaries', () => {
  it('communications: monthly summaries, daily ones for partial months, and the per-manager pass agree on any range', async () => {
    const t2 = await setupApp();
    const m3 = await t2.as('manager');
    const client = await t2.inject({
      method: 'POST',
      url: '/api/v1/clients',
      token: m3.token,
      payload: { name: 'Grain', type: 'company', source: 'referral' },
    });
    const contact = await t2.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      token: m3.token,
      payload: { clientId: client.json().id, firstName: 'Gia' },
    });
    const contactId = contact.json().id as string;
    const stats = async (path: string, q: string) =>
      (
        await t2.inject({ method: 'GET', url: `/api/v1/statistics/${path}?${q}`, token: m3.token })
      ).json();
    try {
      const log = async (occurredAt: string, channel: string) => {
        const res = await t2.inject({
          method: 'POST',
          url: '/api/v1/communications',
          token: m3.token,
          payload: {
            contactId,
            occurredAt,
            channel,
            direction: 'outgoing',
            description: 'x',
          },
        });
        expect(res.statusCode, res.body).toBe(201);
        return res.json().id as string;
      };
      await log('2024-01-15T10:00:00Z', 'email');
      const edge = await log('2024-01-31T23:30:00Z', 'phone');
      await log('2024-02-01T00:10:00Z', 'phone');
      await log('2024-03-10T12:00:00Z', 'meeting');
      await log('2024-04-02T09:00:00Z', 'email');
      const last = await log('2024-04-30T18:00:00Z', 'email');
      const ranges = [
        'from=2024-01-01&to=2024-12-31',
        'from=2024-01-20&to=2024-04-15',
        'from=2024-01-31&to=2024-02-01',
        'from=2024-02-01&to=2024-03-31',
        'from=2024-01-16&to=2024-01-31',
        'from=2024-01-01&to=2024-04-29',
      ];
      const agree = async () => {
        for (const range of ranges) {
          for (const interval of ['month', 'week']) {
            const q = `${range}&interval=${interval}`;
            const summaries = await stats('communications', q);
            const raw = await stats('communications', `${q}&managerId=${m3.user.id}`);
            const { byManager, ...figures } = summaries;
            const { byManager: own, ...rawFigures } = raw;
            expect(figures, q).toEqual(rawFigures);
            expect(byManager, q).toEqual(own.filter((a: { count: number }) => a.count > 0));
          }
        }
      };
      await agree();
      expect((await stats('communications', 'from=2024-01-20&to=2024-04-15')).total).toBe(4);
      // Moved across a month's end, and one deleted: both grains follow.
      const moved = await t2.inject({
        method: 'PATCH',
        url: `/api/v1/communications/${edge}`,
        token: m3.token,
        payload: { occurredAt: '2024-03-01T00:00:00.000Z', channel: 'email' },
      });
      expect(moved.statusCode).toBe(200);
      const gone = await t2.inject({
        method: 'DELETE',
        url: `/api/v1/communications/${last}`,
        token: m3.token,
      });
      expect(gone.statusCode).toBe(204);
      await agree();
      expect((await stats('communications', 'from=2024-01-01&to=2024-12-31')).series).toEqual([
        { period: '2024-01', channel: 'email', direction: 'outgoing', count: 1 },
        { period: '2024-02', channel: 'phone', direction: 'outgoing', count: 1 },
        { period: '2024-03', channel: 'email', direction: 'outgoing', count: 1 },
        { period: '2024-03', channel: 'meeting', direction: 'outgoing', count: 1 },
        { period: '2024-04', channel: 'email', direction: 'outgoing', count: 1 },
      ]);
    } finally {
      await t2.close();
    }
  });
});

describe('home pages', () => {
  it("the manager's: my clients, my clients' open and overdue tasks, recent communications, projects at risk, figures", async () => {
    const h = (
      await t.inject({ method: 'GET', url: '/api/v1/home/manager', token: m1.token })
    ).json();
    expect(h.myClients).toEqual({ total: 2, vip: 1 });
    expect(h.myTasks).toMatchObject({ openCount: 2, overdueCount: 1 });
    expect(h.myTasks.items.map((x: { title: string }) => x.title)).toEqual(['late', 'soon']);
    expect(h.recentCommunications).toHaveLength(4);
    expect(h.recentCommunications[0]).toMatchObject({ channel: 'videoCall', authorId: m2.user.id });
    expect(h.projectsAtRisk.map((p: { id: string }) => p.id)).toEqual([p1.id]);
    expect(h.figures).toMatchObject({
      clients: 2,
      tasksCreated: 2,
      tipsWritten: 0,
      budgetOfMyClientsProjects: [{ amount: '100.00', currency: 'USD' }],
    });
    const other = (
      await t.inject({ method: 'GET', url: '/api/v1/home/manager', token: m2.token })
    ).json();
    expect(other.myTasks).toMatchObject({ openCount: 0, overdueCount: 0 });
    expect(other.projectsAtRisk).toEqual([]);
  });

  it("the developer's: my open tasks overdue first, my teams and their active projects", async () => {
    const h = (
      await t.inject({ method: 'GET', url: '/api/v1/home/mine', token: dev.token })
    ).json();
    expect(h.myTasks).toMatchObject({ openCount: 2, overdueCount: 1 });
    expect(
      h.myTasks.items.map((x: { title: string; isOverdue: boolean }) => [x.title, x.isOverdue]),
    ).toEqual([
      ['late', true],
      ['soon', false],
    ]);
    expect(h.myTeams).toEqual([expect.objectContaining({ name: 'Stats team', isLead: true })]);
    expect(h.myTeams[0].activeProjects.map((p: { id: string }) => p.id)).toEqual([p1.id]);
    expect(h.myTeams[0].activeProjectsCount).toBe(1);
    expectProblem(
      await t.inject({ method: 'GET', url: '/api/v1/home/manager', token: dev.token }),
      403,
    );
  });

  it("the admin's: users by role and recent sign-ins", async () => {
    const h = (
      await t.inject({ method: 'GET', url: '/api/v1/home/admin', token: admin.token })
    ).json();
    expect(h.usersByRole).toEqual({ admin: 1, manager: 2, developer: 1, inactive: 0 });
    expect(h.recentSignIns.map((u: { id: string }) => u.id)).toEqual(
      expect.arrayContaining([admin.user.id, m1.user.id, m2.user.id, dev.user.id]),
    );
    expectProblem(
      await t.inject({ method: 'GET', url: '/api/v1/home/admin', token: m1.token }),
      403,
    );
  });

  it("the manager's home follows a client handed over, a project moved to another client and a contact moved", async () => {
    const send = async (method: 'POST' | 'PATCH', url: string, payload: object) => {
      const res = await t.inject({ method, url, token: admin.token, payload });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json();
    };
    const home = async () =>
      (await t.inject({ method: 'GET', url: '/api/v1/home/manager', token: m1.token })).json();
    const before = await home();
    const x = await send('POST', '/api/v1/clients', {
      name: 'Xeno',
      type: 'company',
      source: 'referral',
      status: 'active',
      managerId: m2.user.id,
    });
    const kx = await send('POST', '/api/v1/contacts', { clientId: x.id, firstName: 'Xu' });
    const team = (await send('POST', '/api/v1/teams', { name: 'Handover team', members: [] })).id;
    const px = await send('POST', '/api/v1/projects', {
      name: 'Handed over',
      clientId: x.id,
      teamId: team,
      status: 'active',
      budget: { amount: '7.00', currency: 'UAH' },
    });
    await send('POST', '/api/v1/tasks', { projectId: px.id, title: 'x late', deadline: past });
    const call = await send('POST', '/api/v1/communications', {
      contactId: kx.id,
      occurredAt: new Date().toISOString(),
      channel: 'phone',
      direction: 'incoming',
      description: 'handover call',
    });
    const shows = (h: {
      myTasks: { openCount: number; overdueCount: number };
      projectsAtRisk: { id: string }[];
      recentCommunications: { id: string }[];
      figures: { clients: number; budgetOfMyClientsProjects: { currency: string }[] };
    }) => ({
      open: h.myTasks.openCount - before.myTasks.openCount,
      overdue: h.myTasks.overdueCount - before.myTasks.overdueCount,
      clients: h.figures.clients - before.figures.clients,
      atRisk: h.projectsAtRisk.some((p) => p.id === px.id),
      call: h.recentCommunications.some((c) => c.id === call.id),
      uah: h.figures.budgetOfMyClientsProjects.some((b) => b.currency === 'UAH'),
    });
    const none = { open: 0, overdue: 0, clients: 0, atRisk: false, call: false, uah: false };
    const all = { open: 1, overdue: 1, clients: 1, atRisk: true, call: true, uah: true };
    expect(shows(await home())).toEqual(none);

    await send('PATCH', `/api/v1/clients/${x.id}`, { managerId: m1.user.id });
    expect(shows(await home())).toEqual(all);

    // The project goes to a client of another manager; the call stays with its contact's client.
    const core = (
      await t.inject({ method: 'GET', url: '/api/v1/clients?search=Core', token: admin.token })
    ).json().items[0];
    await send('PATCH', `/api/v1/projects/${px.id}`, { clientId: core.id });
    expect(shows(await home())).toEqual({ ...none, clients: 1, call: true });

    await send('PATCH', `/api/v1/contacts/${kx.id}`, { clientId: core.id });
    expect(shows(await home())).toEqual({ ...none, clients: 1 });

    // And back: the project and the contact follow their clients' manager again.
    await send('PATCH', `/api/v1/projects/${px.id}`, { clientId: x.id });
    await send('PATCH', `/api/v1/contacts/${kx.id}`, { clientId: x.id });
    expect(shows(await home())).toEqual(all);
    await send('PATCH', `/api/v1/clients/${x.id}`, { managerId: null });
    expect(shows(await home())).toEqual(none);
  });

  it("the manager's communications of the last 30 days count the whole days, the first one's rest and those dated ahead", async () => {
    const m3 = await t.as('manager');
    const send = async (payload: object, who: Who) => {
      const res = await t.inject({
        method: 'POST',
        url: '/api/v1/communications',
        token: who.token,
        payload,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const at = (occurredAt: string, who: Who = m3) =>
      send(
        {
          contactId: acmeContact.id,
          occurredAt,
          channel: 'email',
          direction: 'outgoing',
          description: 'x',
        },
        who,
      );
    await at(hoursAgo(30 * 24 - 1)); // within the window, on its first day or the next
    await at(hoursAgo(30 * 24 + 1)); // just before it
    await at(hoursAgo(10 * 24));
    await at(hoursAgo(0.1));
    await at(hoursAgo(40 * 24));
    await at(hoursAgo(5 * 24), m1); // someone else's
    await at(hoursAgo(-23.5)); // dated ahead, as far as allowed: counted, on tomorrow's day
    const h = (
      await t.inject({ method: 'GET', url: '/api/v1/home/manager', token: m3.token })
    ).json();
    expect(h.figures.communicationsLast30Days).toBe(4);
  });

  it("the developer's home lists a team's first active projects by name and counts them all", async () => {
    const newcomer = await t.as('developer');
    const send = async (url: string, payload: object) => {
      const res = await t.inject({ method: 'POST', url, token: admin.token, payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const busy = await send('/api/v1/teams', {
      name: 'Busy team',
      members: [{ userId: newcomer.user.id, isLead: true }],
    });
    const client = (
      await t.inject({ method: 'GET', url: '/api/v1/clients?search=Acme', token: admin.token })
    ).json().items[0];
    const names = Array.from({ length: 12 }, (_, i) => `Busy ${String(12 - i).padStart(2, '0')}`);
    const project = (name: string, status: string) => ({
      name,
      clientId: client.id,
      teamId: busy.id,
      status,
      budget: { amount: '10.00', currency: 'USD' },
    });
    for (const name of names) await send('/api/v1/projects', project(name, 'active'));
    await send('/api/v1/projects', project('Busy 00', 'onHold'));

    const h = (
      await t.inject({ method: 'GET', url: '/api/v1/home/mine', token: newcomer.token })
    ).json();
    expect(h.myTeams).toHaveLength(1);
    expect(h.myTeams[0].activeProjectsCount).toBe(12);
    expect(h.myTeams[0].activeProjects.map((p: { name: string }) => p.name)).toEqual(
      [...names].sort().slice(0, 10),
    );
  });

  it("the manager's budgets are summed per currency, in currency order, and none without projects", async () => {
    const m4 = await t.as('manager');
    const home = async () =>
      (await t.inject({ method: 'GET', url: '/api/v1/home/manager', token: m4.token })).json<{
        figures: { budgetOfMyClientsProjects: { amount: string; currency: string }[] };
        myTasks: { openCount: number; overdueCount: number };
      }>();
    const empty = await home();
    expect(empty.figures.budgetOfMyClientsProjects).toEqual([]);
    expect(empty.myTasks).toMatchObject({ openCount: 0, overdueCount: 0 });

    const send = async (url: string, payload: object) => {
      const res = await t.inject({ method: 'POST', url, token: admin.token, payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>();
    };
    const client = await send('/api/v1/clients', {
      name: 'Budgets',
      type: 'company',
      source: 'referral',
      status: 'active',
      managerId: m4.user.id,
    });
    const team = await send('/api/v1/teams', { name: 'Budgets team', members: [] });
    const budgets: [string, string][] = [
      ['10.50', 'USD'],
      ['3.25', 'UAH'],
      ['0.75', 'USD'],
      ['2000.00', 'EUR'],
    ];
    for (const [i, [amount, currency]] of budgets.entries()) {
      const p = await send('/api/v1/projects', {
        name: `Budget ${i}`,
        clientId: client.id,
        teamId: team.id,
        status: i % 2 ? 'completed' : 'active',
        budget: { amount, currency },
      });
      await send('/api/v1/tasks', { projectId: p.id, title: `t${i}`, deadline: i ? future : past });
    }
    const h = await home();
    expect(h.figures.budgetOfMyClientsProjects).toEqual([
      { amount: '2000.00', currency: 'EUR' },
      { amount: '3.25', currency: 'UAH' },
      { amount: '11.25', currency: 'USD' },
    ]);
    expect(h.myTasks).toMatchObject({ openCount: 4, overdueCount: 1 });
  });
});
