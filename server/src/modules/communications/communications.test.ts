import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, setupApp, type TestContext, type TestUser } from '../../../test/harness.js';

let t: TestContext;
let admin: { user: TestUser; token: string };
let manager: { user: TestUser; token: string };
let colleague: { user: TestUser; token: string };

beforeAll(async () => {
  t = await setupApp();
  admin = await t.as('admin');
  manager = await t.as('manager');
  colleague = await t.as('manager');
});
afterAll(() => t.close());

const post = async (url: string, payload: object, token = manager.token) =>
  t.inject({ method: 'POST', url, token, payload });
const get = (url: string, token = manager.token) => t.inject({ method: 'GET', url, token });

async function clientWithContacts(name: string, contacts: number) {
  const c = (await post('/api/v1/clients', { name, type: 'company', source: 'website' })).json();
  const ks = [];
  for (let i = 0; i < contacts; i++)
    ks.push((await post('/api/v1/contacts', { clientId: c.id, firstName: `${name}-${i}` })).json());
  return { client: c, contacts: ks };
}

const log = (contactId: string, over: Record<string, unknown> = {}, token = manager.token) =>
  post(
    '/api/v1/communications',
    { contactId, channel: 'phone', direction: 'outgoing', description: 'Call', ...over },
    token,
  );

describe('logging a communication', () => {
  it('keeps the date the manager typed (the original always stored "now")', async () => {
    const { client, contacts } = await clientWithContacts('Dated', 1);
    const res = await log(contacts[0].id, {
      occurredAt: '2026-03-14T09:30:00+02:00',
      channel: 'messenger',
      channelNote: 'Viber +380 67 000 00 00',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      occurredAt: '2026-03-14T07:30:00.000Z',
      channel: 'messenger',
      channelNote: 'Viber +380 67 000 00 00',
      clientId: client.id,
      client: { id: client.id, name: 'Dated' },
      contact: { id: contacts[0].id, firstName: 'Dated-0' },
      authorId: manager.user.id,
      author: { id: manager.user.id },
      projectId: null,
    });
  });

  it('answers with the entry as stored: what a read of it returns afterwards', async () => {
    const { client, contacts } = await clientWithContacts('Stored', 1);
    const developer = await t.as('developer');
    const team = (
      await post('/api/v1/teams', {
        name: 'Stored team',
        members: [{ userId: developer.user.id, isLead: true }],
      })
    ).json();
    const project = (
      await post('/api/v1/projects', {
        name: 'Stored project',
        clientId: client.id,
        teamId: team.id,
        budget: { amount: '1', currency: 'USD' },
      })
    ).json();
    const task = (
      await post('/api/v1/tasks', { projectId: project.id, title: 'Stored task' })
    ).json();
    for (const over of [
      {
        occurredAt: '2026-01-31T23:59:59.5-05:30',
        channel: 'other',
        channelNote: '  a fair  ',
        direction: 'incoming',
        description: '  Ґанок і "лапки"  ',
        projectId: project.id,
        taskId: task.id,
      },
      {},
    ]) {
      const res = await log(contacts[0].id, over);
      expect(res.statusCode).toBe(201);
      const read = await get(`/api/v1/communications/${res.json().id}`);
      expect(read.json().author).toMatchObject({ id: manager.user.id });
      expect(read.json().author.firstName).toMatch(/\S/);
      expect(res.json()).toEqual(read.json());
    }
  });

  it('defaults the date to now and refuses dates more than a day ahead', async () => {
    const { contacts } = await clientWithContacts('Now', 1);
    const before = Date.now();
    const made = (await log(contacts[0].id)).json();
    expect(Date.parse(made.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(made.occurredAt)).toBeLessThanOrEqual(Date.now() + 1000);
    const soon = new Date(Date.now() + 20 * 3600_000).toISOString();
    expect((await log(contacts[0].id, { occurredAt: soon })).statusCode).toBe(201);
    const late = new Date(Date.now() + 30 * 3600_000).toISOString();
    expect(
      expectProblem(await log(contacts[0].id, { occurredAt: late }), 400).errors?.[0]?.path,
    ).toBe('occurredAt');
  });

  it('the author is the caller, never the request; bad input is a 400 per field', async () => {
    const { contacts } = await clientWithContacts('Author', 1);
    const forged = await log(contacts[0].id, { authorId: admin.user.id });
    expect(expectProblem(forged, 400).errors?.[0]?.path).toBe('authorId');
    const bad = await post('/api/v1/communications', {
      contactId: 'missing',
      channel: 'pigeon',
      direction: 'sideways',
      description: '',
    });
    expect(
      expectProblem(bad, 400)
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(['channel', 'description', 'direction']);
    expect(expectProblem(await log('missing'), 400).errors?.[0]?.path).toBe('contactId');
    expect(
      expectProblem(await log(contacts[0].id, { projectId: 'p1' }), 400).errors?.[0]?.path,
    ).toBe('projectId');
  });
});

describe('the audit of a new communication', () => {
  it('is written with it, by its author', async () => {
    const { contacts } = await clientWithContacts('Audited', 1);
    const made = (await log(contacts[0].id)).json();
    const audit = await t.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'communication')
      .where('entityId', '=', made.id)
      .execute();
    expect(audit).toMatchObject([{ action: 'create', actorId: manager.user.id }]);
  });

  it('or neither is: a failed audit leaves no communication and no counted call', async () => {
    const t2 = await setupApp();
    try {
      const who = await t2.as('manager');
      const c = await t2.inject({
        method: 'POST',
        url: '/api/v1/clients',
        token: who.token,
        payload: { name: 'Half', type: 'company', source: 'website' },
      });
      const k = await t2.inject({
        method: 'POST',
        url: '/api/v1/contacts',
        token: who.token,
        payload: { clientId: c.json().id, firstName: 'Half' },
      });
      const db = t2.database.db;
      const counted = () =>
        db
          .selectFrom('communicationDayStats')
          .select((eb) => eb.fn.sum<number | string>('n').as('n'))
          .executeTakeFirst();
      const before = await counted();
      await db.schema.dropTable('audit_log').execute();
      const res = await t2.inject({
        method: 'POST',
        url: '/api/v1/communications',
        token: who.token,
        payload: {
          contactId: k.json().id,
          channel: 'phone',
          direction: 'outgoing',
          description: 'Lost?',
        },
      });
      expectProblem(res, 500, 'INTERNAL');
      expect(await db.selectFrom('communications').select('id').execute()).toEqual([]);
      expect(await counted()).toEqual(before);
    } finally {
      await t2.close();
    }
  });
});

describe('histories', () => {
  it("a client's history is the union of its contacts' histories, and nobody else's", async () => {
    const a = await clientWithContacts('HistA', 2);
    const b = await clientWithContacts('HistB', 1);
    await log(a.contacts[0].id, { occurredAt: '2026-01-01T10:00:00Z', description: 'a0 old' });
    await log(a.contacts[1].id, { occurredAt: '2026-02-01T10:00:00Z', description: 'a1 newer' });
    await log(b.contacts[0].id, {
      occurredAt: '2026-03-01T10:00:00Z',
      description: 'b0 other client',
    });
    await log(a.contacts[0].id, { occurredAt: '2026-04-01T10:00:00Z', description: 'a0 newest' });

    const hist = (await get(`/api/v1/clients/${a.client.id}/communications`)).json();
    expect(hist.total).toBe(3);
    expect(hist.items.map((m: { description: string }) => m.description)).toEqual([
      'a0 newest',
      'a1 newer',
      'a0 old',
    ]);
    expect(hist.items.every((m: { clientId: string }) => m.clientId === a.client.id)).toBe(true);

    const contactHist = (await get(`/api/v1/contacts/${a.contacts[0].id}/communications`)).json();
    expect(contactHist.items.map((m: { description: string }) => m.description)).toEqual([
      'a0 newest',
      'a0 old',
    ]);

    const oldestFirst = (
      await get(`/api/v1/clients/${a.client.id}/communications?sort=occurredAt&pageSize=2`)
    ).json();
    expect(oldestFirst.items.map((m: { description: string }) => m.description)).toEqual([
      'a0 old',
      'a1 newer',
    ]);
    const page2 = (
      await get(`/api/v1/clients/${a.client.id}/communications?pageSize=2&page=2`)
    ).json();
    expect(page2.items.map((m: { description: string }) => m.description)).toEqual(['a0 old']);

    const ranged = (
      await get(
        `/api/v1/clients/${a.client.id}/communications?from=2026-01-15T00:00:00Z&to=2026-03-01T00:00:00Z`,
      )
    ).json();
    expect(ranged.items.map((m: { description: string }) => m.description)).toEqual(['a1 newer']);

    expectProblem(await get('/api/v1/clients/nope/communications'), 404, 'CLIENT_NOT_FOUND');
    expectProblem(await get('/api/v1/contacts/nope/communications'), 404, 'CONTACT_NOT_FOUND');
    expectProblem(await get('/api/v1/documents/nope/communications'), 404, 'DOCUMENT_NOT_FOUND');
    // A record that exists answers an empty page, nothing in its range or nothing at all.
    const empty = { items: [], total: 0, page: 1, pageSize: 25 };
    const future = 'from=2030-01-01T00:00:00Z';
    expect((await get(`/api/v1/clients/${a.client.id}/communications?${future}`)).json()).toEqual(
      empty,
    );
    expect(
      (await get(`/api/v1/contacts/${a.contacts[1].id}/communications?${future}`)).json(),
    ).toEqual(empty);
    const quiet = await clientWithContacts('HistQuiet', 1);
    expect((await get(`/api/v1/clients/${quiet.client.id}/communications`)).json()).toEqual(empty);
    expect((await get(`/api/v1/contacts/${quiet.contacts[0].id}/communications`)).json()).toEqual(
      empty,
    );
    expectProblem(
      await get(`/api/v1/clients/${a.client.id}/communications?clientId=${b.client.id}`),
      400,
    );
  });

  it('the global list filters by channel, direction, author and text', async () => {
    const { contacts } = await clientWithContacts('Filters', 1);
    await log(
      contacts[0].id,
      { channel: 'videoCall', direction: 'incoming', description: 'Demo of the Зоря release' },
      colleague.token,
    );
    const q = async (s: string) => (await get(`/api/v1/communications?${s}`)).json();
    expect((await q(`authorId=${colleague.user.id}`)).total).toBe(1);
    expect((await q('channel=videoCall&direction=incoming')).items[0].author.id).toBe(
      colleague.user.id,
    );
    expect((await q('search=' + encodeURIComponent('зоря'))).total).toBe(1);
    expectProblem(await get('/api/v1/communications?channel=carrierPigeon'), 400);
  });
});

describe('the journal', () => {
  it('its totals are its entries, by channel, direction and author, as entries come, change and go', async () => {
    // Filtered by channel, direction or author only (or not at all), the total is summed from
    // the monthly counters (migration 0011); any other filter counts the entries themselves.
    const { contacts } = await clientWithContacts('Journal', 2);
    const listed = async (query: string) => {
      let count = 0;
      let total = -1;
      for (let page = 1; ; page++) {
        const body = (
          await get(`/api/v1/communications?pageSize=100&page=${page}&${query}`)
        ).json();
        total = body.total;
        count += body.items.length;
        if (body.items.length < 100) break;
      }
      return { total, count };
    };
    const queries = [
      '',
      'channel=email',
      'direction=incoming',
      'channel=email&direction=incoming',
      `authorId=${colleague.user.id}`,
      `authorId=${colleague.user.id}&channel=email`,
      `contactId=${contacts[0].id}`,
      `channel=email&from=2026-02-01T00:00:00Z`,
    ];
    const check = async () => {
      const found: Record<string, number> = {};
      for (const q of queries) {
        const { total, count } = await listed(q);
        expect(total, q).toBe(count);
        found[q] = total;
      }
      return (q: string) => found[q] ?? Number.NaN;
    };
    const before = await check();
    const written = [
      (
        await log(
          contacts[0].id,
          { channel: 'email', direction: 'incoming', occurredAt: '2026-03-01T10:00:00Z' },
          colleague.token,
        )
      ).json(),
      (
        await log(contacts[1].id, {
          channel: 'email',
          direction: 'outgoing',
          occurredAt: '2026-01-15T10:00:00Z',
        })
      ).json(),
      (
        await log(contacts[0].id, { channel: 'phone', direction: 'incoming' }, colleague.token)
      ).json(),
    ];
    const grown = await check();
    expect(grown('')).toBe(before('') + 3);
    expect(grown('channel=email&direction=incoming')).toBe(
      before('channel=email&direction=incoming') + 1,
    );
    expect(grown(`authorId=${colleague.user.id}`)).toBe(
      before(`authorId=${colleague.user.id}`) + 2,
    );
    expect(grown('channel=email&from=2026-02-01T00:00:00Z')).toBe(
      before('channel=email&from=2026-02-01T00:00:00Z') + 1,
    );
    // A changed channel moves the entry between the channel's totals; a deleted one leaves.
    await t.inject({
      method: 'PATCH',
      url: `/api/v1/communications/${written[2].id}`,
      token: colleague.token,
      payload: { channel: 'email' },
    });
    const moved = await check();
    expect(moved('channel=email')).toBe(grown('channel=email') + 1);
    await t.inject({
      method: 'DELETE',
      url: `/api/v1/communications/${written[0].id}`,
      token: admin.token,
    });
    const after = await check();
    expect(after('')).toBe(before('') + 2);
    expect(after(`authorId=${colleague.user.id}`)).toBe(
      before(`authorId=${colleague.user.id}`) + 1,
    );
  });
});

describe('editing and deleting', () => {
  it('only the author or an admin changes or deletes a communication', async () => {
    const { contacts } = await clientWithContacts('Edit', 1);
    const m = (await log(contacts[0].id)).json();
    const url = `/api/v1/communications/${m.id}`;
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url,
        token: colleague.token,
        payload: { description: 'hijack' },
      }),
      403,
    );
    expectProblem(await t.inject({ method: 'DELETE', url, token: colleague.token }), 403);
    const own = await t.inject({
      method: 'PATCH',
      url,
      token: manager.token,
      payload: { description: 'Call about the invoice', occurredAt: '2026-05-05T12:00:00Z' },
    });
    expect(own.json()).toMatchObject({
      description: 'Call about the invoice',
      occurredAt: '2026-05-05T12:00:00.000Z',
      authorId: manager.user.id,
    });
    const byAdmin = await t.inject({
      method: 'PATCH',
      url,
      token: admin.token,
      payload: { direction: 'incoming' },
    });
    expect(byAdmin.json()).toMatchObject({ direction: 'incoming', authorId: manager.user.id });
    expect((await t.inject({ method: 'DELETE', url, token: admin.token })).statusCode).toBe(204);
    expectProblem(await get(url), 404);
  });
});
