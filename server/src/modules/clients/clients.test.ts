import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, setupApp, type TestContext, type TestUser } from '../../../test/harness.js';

let t: TestContext;
let admin: { user: TestUser; token: string };
let manager: { user: TestUser; token: string };

beforeAll(async () => {
  t = await setupApp();
  admin = await t.as('admin');
  manager = await t.as('manager');
});
afterAll(() => t.close());

const post = (url: string, payload: object, token = manager.token) =>
  t.inject({ method: 'POST', url, token, payload });
const get = (url: string, token = manager.token) => t.inject({ method: 'GET', url, token });

async function client(over: Record<string, unknown> = {}) {
  const res = await post('/api/v1/clients', {
    name: 'Acme GmbH',
    type: 'company',
    source: 'referral',
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
}

describe('clients', () => {
  it('creates a client with its contact details and records who did it', async () => {
    const res = await post('/api/v1/clients', {
      name: '  Northwind Traders Ltd ',
      type: 'company',
      isVip: true,
      source: 'conference',
      status: 'active',
      managerId: manager.user.id,
      marketingConsent: true,
      notes: 'Met at Web Summit',
      contactDetails: [
        { kind: 'phone', value: '+44 20 7946 0958', label: 'office' },
        { kind: 'email', value: 'hello@northwind.example' },
        { kind: 'social', network: 'LinkedIn', value: 'northwind-traders' },
        { kind: 'website', value: 'https://northwind.example' },
        { kind: 'address', value: '1 Main St, London' },
      ],
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(res.headers.location).toBe(`/api/v1/clients/${c.id}`);
    expect(c).toMatchObject({
      name: 'Northwind Traders Ltd',
      isVip: true,
      status: 'active',
      manager: { id: manager.user.id },
      marketingConsent: true,
      contactsCount: 0,
      createdBy: manager.user.id,
      photoUrl: null,
    });
    expect(c.contactDetails.map((d: { kind: string }) => d.kind)).toEqual([
      'phone',
      'email',
      'social',
      'website',
      'address',
    ]);
    expect(c.contactDetails[2]).toEqual({
      kind: 'social',
      network: 'LinkedIn',
      value: 'northwind-traders',
      label: null,
    });
    expect((await get(`/api/v1/clients/${c.id}`)).json()).toEqual(c);
  });

  it('validates contact details by kind, with the path of each bad field', async () => {
    const res = await post('/api/v1/clients', {
      name: 'X',
      type: 'company',
      source: 'website',
      contactDetails: [
        { kind: 'email', value: 'not-an-email' },
        { kind: 'website', value: 'javascript:alert(1)' },
        { kind: 'phone', value: 'call me' },
        { kind: 'social', value: '@x' },
        { kind: 'pigeon', value: 'coo' },
      ],
    });
    const p = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(p.errors?.map((e) => e.path).sort()).toEqual([
      'contactDetails.0.value',
      'contactDetails.1.value',
      'contactDetails.2.value',
      'contactDetails.3.network',
      'contactDetails.4.kind',
    ]);
  });

  it('the responsible person must be an active manager; the status must exist', async () => {
    const dev = await t.user('developer');
    const res = await post('/api/v1/clients', {
      name: 'Y',
      type: 'individual',
      source: 'other',
      managerId: dev.id,
      status: 'vanished',
    });
    const p = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(p.errors?.map((e) => e.path).sort()).toEqual(['managerId', 'status']);
    const off = await t.user('manager', { isActive: false });
    expectProblem(
      await post('/api/v1/clients', {
        name: 'Y',
        type: 'individual',
        source: 'other',
        managerId: off.id,
      }),
      400,
    );
  });

  it("lists and reads each client's and contact's details by position, not by when stored", async () => {
    const kinds = ['phone', 'email', 'website'] as const;
    const details = kinds.map((kind, i) => ({
      kind,
      value:
        kind === 'phone'
          ? `+380 44 000 00 0${i}`
          : kind === 'email'
            ? `d${i}@ordered.example`
            : `https://ordered${i}.example`,
    }));
    const first = await client({ name: 'Ordered details one', contactDetails: details });
    const second = await client({
      name: 'Ordered details two',
      contactDetails: details.slice(0, 2),
    });
    const contact = (
      await post('/api/v1/contacts', {
        clientId: first.id,
        firstName: 'Olena',
        lastName: 'Ordered',
        contactDetails: details,
      })
    ).json();
    // The rows stored first now come last: positions reversed in place, row ids unchanged.
    await t.database.db
      .updateTable('contactDetails')
      .set((eb) => ({ position: eb(eb.val(10), '-', eb.ref('position')) }))
      .where((eb) =>
        eb.or([eb('clientId', 'in', [first.id, second.id]), eb('contactId', '=', contact.id)]),
      )
      .execute();
    const reversed = ['website', 'email', 'phone'];
    const kindsOf = (x: { contactDetails: { kind: string }[] }) =>
      x.contactDetails.map((d) => d.kind);

    const page = (await get('/api/v1/clients?search=ordered%20details&sort=name')).json();
    expect(page.items.map((c: { name: string }) => c.name)).toEqual([
      'Ordered details one',
      'Ordered details two',
    ]);
    expect(page.items.map(kindsOf)).toEqual([reversed, ['email', 'phone']]);
    expect(page.items[0].contactDetails[0]).toEqual({
      kind: 'website',
      value: 'https://ordered2.example',
      network: null,
      label: null,
    });
    expect(kindsOf((await get(`/api/v1/clients/${first.id}`)).json())).toEqual(reversed);
    const contacts = (await get(`/api/v1/contacts?clientId=${first.id}`)).json();
    expect(contacts.items.map(kindsOf)).toEqual([reversed]);
    expect(kindsOf((await get(`/api/v1/contacts/${contact.id}`)).json())).toEqual(reversed);
  });

  it('PATCH changes only what is sent; contact details sent replace the list', async () => {
    const c = await client({
      contactDetails: [{ kind: 'email', value: 'a@acme.example' }],
      notes: 'keep',
    });
    const res = await t.inject({
      method: 'PATCH',
      url: `/api/v1/clients/${c.id}`,
      token: admin.token,
      payload: { isVip: true, contactDetails: [{ kind: 'fax', value: '+49 30 123456' }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      isVip: true,
      notes: 'keep',
      name: 'Acme GmbH',
      updatedBy: admin.user.id,
    });
    expect(res.json().contactDetails).toEqual([
      { kind: 'fax', value: '+49 30 123456', network: null, label: null },
    ]);
    const cleared = await t.inject({
      method: 'PATCH',
      url: `/api/v1/clients/${c.id}`,
      token: manager.token,
      payload: { notes: '' },
    });
    expect(cleared.json().notes).toBeNull();
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url: '/api/v1/clients/nope',
        token: manager.token,
        payload: { isVip: true },
      }),
      404,
      'CLIENT_NOT_FOUND',
    );
  });

  it('lists with search over name, contact details and manager; filters; sorting', async () => {
    const t2 = await setupApp();
    try {
      const m = await t2.as('manager');
      const other = await t2.user('manager', { firstName: 'Ярослава', lastName: 'Бойко' });
      const mk = async (payload: object) => {
        const r = await t2.inject({
          method: 'POST',
          url: '/api/v1/clients',
          token: m.token,
          payload,
        });
        expect(r.statusCode, r.body).toBe(201);
        return r.json();
      };
      await mk({
        name: 'ТОВ Сонячні Системи',
        type: 'company',
        source: 'partner',
        status: 'active',
        managerId: other.id,
      });
      await mk({
        name: 'Blue Ocean Inc',
        type: 'company',
        source: 'website',
        isVip: true,
        contactDetails: [{ kind: 'email', value: 'cto@blueocean.example' }],
      });
      await mk({
        name: 'John Smith',
        type: 'individual',
        source: 'freelancePlatform',
        status: 'paused',
      });
      const names = async (q: string) =>
        (await t2.inject({ method: 'GET', url: `/api/v1/clients?${q}`, token: m.token }))
          .json()
          .items.map((c: { name: string }) => c.name);

      expect(await names('search=' + encodeURIComponent('сонячні'))).toEqual([
        'ТОВ Сонячні Системи',
      ]);
      expect(await names('search=blueocean.example')).toEqual(['Blue Ocean Inc']);
      expect(await names('search=' + encodeURIComponent('ярослава бойко'))).toEqual([
        'ТОВ Сонячні Системи',
      ]);
      expect(await names('type=individual')).toEqual(['John Smith']);
      expect(await names('isVip=true')).toEqual(['Blue Ocean Inc']);
      expect(await names('source=partner')).toEqual(['ТОВ Сонячні Системи']);
      expect(await names('status=paused')).toEqual(['John Smith']);
      expect(await names(`managerId=${other.id}`)).toEqual(['ТОВ Сонячні Системи']);
      expect(await names('sort=name')).toEqual([
        'Blue Ocean Inc',
        'John Smith',
        'ТОВ Сонячні Системи',
      ]);
      expect(await names('sort=-createdAt')).toEqual([
        'John Smith',
        'Blue Ocean Inc',
        'ТОВ Сонячні Системи',
      ]);
      const page = (
        await t2.inject({
          method: 'GET',
          url: '/api/v1/clients?pageSize=2&page=2&sort=name',
          token: m.token,
        })
      ).json();
      expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page.items[0].contactDetails).toEqual([]);
      for (const q of ['sort=manager', 'type=robot', 'isVip=1', 'source=tv', 'pageSize=500']) {
        expectProblem(
          await t2.inject({ method: 'GET', url: `/api/v1/clients?${q}`, token: m.token }),
          400,
        );
      }

      // A search alone (read from the search documents) and with a filter (from the clients)
      // agree: matches by words and by the manager's name, order, paging and total.
      const blue = await t2.user('manager', { firstName: 'Blue', lastName: 'Sky' });
      await mk({ name: 'Zeta Labs', type: 'company', source: 'website', managerId: blue.id });
      // Matches both ways: listed once.
      await mk({ name: 'Blue Harbor', type: 'company', source: 'website', managerId: blue.id });
      const all = ['Blue Harbor', 'Blue Ocean Inc', 'Zeta Labs'];
      expect(await names('search=blue')).toEqual(all);
      expect(await names('search=blue&type=company')).toEqual(all);
      expect(await names('search=blue&sort=-name')).toEqual([...all].reverse());
      const second = (
        await t2.inject({
          method: 'GET',
          url: '/api/v1/clients?search=blue&pageSize=1&page=3',
          token: m.token,
        })
      ).json();
      expect(second).toMatchObject({ total: 3, items: [{ name: 'Zeta Labs' }] });
      // The search's total is counted from the index's matches; with a filter, from the clients.
      const total = async (q: string) =>
        (await t2.inject({ method: 'GET', url: `/api/v1/clients?${q}`, token: m.token })).json()
          .total;
      expect(await total('search=blue&sort=-createdAt&pageSize=1')).toBe(3);
      // Past the last page (counted on its own): the manager's client still counted once.
      expect(await total('search=blue&pageSize=1&page=9')).toBe(3);
      expect(await total('search=blue&sort=-createdAt&pageSize=1&page=9')).toBe(3);
      expect(await total('search=blue&type=company&pageSize=1')).toBe(3);
      expect(await total('search=harbor')).toBe(1);
      expect(await total('search=' + encodeURIComponent('???'))).toBe(0);
      expect(await names('search=' + encodeURIComponent('???'))).toEqual([]);
      // A word no document or manager holds: an empty first page, and an empty page past it.
      for (const page of [1, 2]) {
        const none = await t2.inject({
          method: 'GET',
          url: `/api/v1/clients?search=quixotic&page=${page}`,
          token: m.token,
        });
        expect(none.json()).toEqual({ items: [], total: 0, page, pageSize: 25 });
      }

      // The manager's folded name (kept by the database) follows a rename, alone and filtered.
      const a = await t2.as('admin');
      const renamed = await t2.inject({
        method: 'PATCH',
        url: `/api/v1/users/${blue.id}`,
        token: a.token,
        payload: { firstName: 'ҐРЕТА', lastName: 'Морська' },
      });
      expect(renamed.statusCode).toBe(200);
      const greta = 'search=' + encodeURIComponent('ґрета мор');
      expect(await names(greta)).toEqual(['Blue Harbor', 'Zeta Labs']);
      expect(await names(`${greta}&type=company`)).toEqual(['Blue Harbor', 'Zeta Labs']);
      expect(await total(greta)).toBe(2);
      expect(await names('search=sky')).toEqual([]);
    } finally {
      await t2.close();
    }
  });

  it('the list total is exact through adds, status and VIP changes, deletes and cascades (read from counters)', async () => {
    const filters = ['', 'status=active', 'isVip=true', 'status=active&isVip=true', 'isVip=false'];
    const check = async () => {
      for (const f of filters) {
        let q = t.database.db.selectFrom('clients').select((eb) => eb.fn.countAll().as('n'));
        if (f.includes('status=active')) q = q.where('status', '=', 'active');
        if (f.includes('isVip=true')) q = q.where('isVip', '=', true);
        if (f.includes('isVip=false')) q = q.where('isVip', '=', false);
        const expected = Number((await q.executeTakeFirstOrThrow()).n);
        expect((await get(`/api/v1/clients?${f}`)).json().total, f).toBe(expected);
      }
    };
    const a = await client({ status: 'active', isVip: true });
    const b = await client({ status: 'active' });
    const c = await client({ isVip: true });
    await check();
    const patch = (id: string, payload: object) =>
      t.inject({ method: 'PATCH', url: `/api/v1/clients/${id}`, token: manager.token, payload });
    expect((await patch(a.id, { isVip: false })).statusCode).toBe(200);
    expect((await patch(b.id, { status: 'lead', isVip: true })).statusCode).toBe(200);
    expect((await patch(c.id, { name: 'Renamed only' })).statusCode).toBe(200);
    await check();
    const k = (await post('/api/v1/contacts', { clientId: b.id, firstName: 'Ann' })).json();
    expect(k.id).toBeDefined();
    for (const [id, cascade] of [
      [a.id, ''],
      [b.id, '?cascade=true'],
    ]) {
      const del = await t.inject({
        method: 'DELETE',
        url: `/api/v1/clients/${id}${cascade}`,
        token: manager.token,
      });
      expect(del.statusCode).toBe(204);
    }
    await check();

    // The fast path really reads the counters: a skewed counter shows in the total.
    const before = (await get('/api/v1/clients')).json().total;
    await t.database.db
      .updateTable('clientCounts')
      .set((eb) => ({ n: eb('n', '+', 1000) }))
      .execute();
    try {
      expect((await get('/api/v1/clients?status=active')).json().total).toBeGreaterThan(1000);
      expect((await get('/api/v1/clients?type=company')).json().total).toBeLessThan(1000);
      expect((await get('/api/v1/clients')).json().total).toBeGreaterThan(before);
    } finally {
      await t.database.db
        .updateTable('clientCounts')
        .set((eb) => ({ n: eb('n', '-', 1000) }))
        .execute();
    }
    await check();
  });

  it('refuses to delete a client with contacts unless the cascade is confirmed; never orphans rows', async () => {
    const empty = await client();
    expect(
      (
        await t.inject({
          method: 'DELETE',
          url: `/api/v1/clients/${empty.id}`,
          token: manager.token,
        })
      ).statusCode,
    ).toBe(204);
    expectProblem(await get(`/api/v1/clients/${empty.id}`), 404);

    const c = await client();
    const k = (await post('/api/v1/contacts', { clientId: c.id, firstName: 'Ann' })).json();
    await post('/api/v1/communications', {
      contactId: k.id,
      channel: 'phone',
      direction: 'outgoing',
      description: 'Intro call',
    });
    const refused = await t.inject({
      method: 'DELETE',
      url: `/api/v1/clients/${c.id}`,
      token: manager.token,
    });
    expect(expectProblem(refused, 409, 'CLIENT_NOT_EMPTY').detail).toContain(
      '1 contact(s) and 1 communication(s)',
    );
    expect((await get(`/api/v1/contacts/${k.id}`)).statusCode).toBe(200);

    const res = await t.inject({
      method: 'DELETE',
      url: `/api/v1/clients/${c.id}?cascade=true`,
      token: manager.token,
    });
    expect(res.statusCode).toBe(204);
    expectProblem(await get(`/api/v1/contacts/${k.id}`), 404);
    const left = await t.database.db
      .selectFrom('communications')
      .select('id')
      .where('clientId', '=', c.id)
      .execute();
    expect(left).toEqual([]);
    const details = await t.database.db
      .selectFrom('contactDetails')
      .select('id')
      .where('contactId', '=', k.id)
      .execute();
    expect(details).toEqual([]);
  });

  it('a search matching many clients pages in name order like one matching few', async () => {
    // Thirty of the clients hold the word: the page is found by walking the name index (on
    // SQLite); one holds the rarer word: its matches are sorted. Both must page the same way.
    const names = Array.from(
      { length: 30 },
      (_, i) => `Quayside ${String((i * 7) % 30).padStart(2, '0')} Ltd`,
    );
    names.push('Quayside 05 Ltd'); // the same name twice: the id breaks the tie
    const made = [];
    for (const name of names) made.push(await client({ name }));
    await client({ name: 'Quayside Rare Ltd', notes: 'x' });
    const rare = await client({ name: 'Zanzibar Quayside Ltd' });
    const expected = [...made, { id: '', name: 'Quayside Rare Ltd' }].sort((a, b) =>
      a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1,
    );
    const page = async (query: string) => {
      const res = await get(`/api/v1/clients?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ total: number; items: { id: string; name: string }[] }>();
    };

    const first = await page('search=quayside&pageSize=10');
    const second = await page('search=quayside&pageSize=10&page=2');
    expect(first.total).toBe(33);
    const listed = [...first.items, ...second.items].map((c) => c.name);
    expect(listed).toEqual(expected.slice(0, 20).map((c) => c.name));
    const twins = [...first.items, ...second.items].filter((c) => c.name === 'Quayside 05 Ltd');
    expect(twins.map((c) => c.id)).toEqual(
      made
        .filter((c) => c.name === 'Quayside 05 Ltd')
        .map((c) => c.id)
        .sort(),
    );
    const last = await page('search=quayside&pageSize=10&page=4');
    expect(last.items.map((c) => c.name)).toEqual([
      'Quayside 29 Ltd',
      'Quayside Rare Ltd',
      'Zanzibar Quayside Ltd',
    ]);
    expect(last.total).toBe(33);
    // Past the last page: no rows, the total still counted (on PostgreSQL a pass of its own,
    // as no key's row carries it).
    expect(await page('search=quayside&pageSize=10&page=5')).toMatchObject({
      total: 33,
      items: [],
    });
    expect(await page('search=quayside&sort=-createdAt&page=9')).toMatchObject({
      total: 33,
      items: [],
    });
    const descending = await page('search=quayside&pageSize=3&sort=-name');
    expect(descending.items.map((c) => c.name)).toEqual([
      'Zanzibar Quayside Ltd',
      'Quayside Rare Ltd',
      'Quayside 29 Ltd',
    ]);

    const few = await page('search=zanzibar');
    expect(few).toMatchObject({ total: 1, items: [{ id: rare.id }] });
  });
});

describe('client statuses', () => {
  it('are seeded; admins add, rename and delete unused ones; managers only read', async () => {
    const list = (await get('/api/v1/client-statuses')).json();
    expect(list.map((s: { key: string }) => s.key)).toEqual(['lead', 'active', 'paused', 'former']);
    expect(list.every((s: { isBuiltIn: boolean }) => s.isBuiltIn)).toBe(true);

    expectProblem(
      await post('/api/v1/client-statuses', { key: 'onboarding', label: 'Onboarding' }),
      403,
      'FORBIDDEN',
    );
    const made = await post(
      '/api/v1/client-statuses',
      { key: 'onboarding', label: 'Onboarding' },
      admin.token,
    );
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ key: 'onboarding', isBuiltIn: false, position: 50 });
    expectProblem(
      await post('/api/v1/client-statuses', { key: 'onboarding', label: 'Again' }, admin.token),
      409,
      'STATUS_TAKEN',
    );
    expectProblem(
      await post('/api/v1/client-statuses', { key: 'Bad Key!', label: 'x' }, admin.token),
      400,
    );

    const renamed = await t.inject({
      method: 'PATCH',
      url: '/api/v1/client-statuses/onboarding',
      token: admin.token,
      payload: { label: 'Onboarding 🚀' },
    });
    expect(renamed.json().label).toBe('Onboarding 🚀');

    const c = await client({ status: 'onboarding' });
    expect(c.status).toBe('onboarding');
    expectProblem(
      await t.inject({
        method: 'DELETE',
        url: '/api/v1/client-statuses/onboarding',
        token: admin.token,
      }),
      409,
      'STATUS_IN_USE',
    );
    await t.inject({
      method: 'PATCH',
      url: `/api/v1/clients/${c.id}`,
      token: manager.token,
      payload: { status: 'lead' },
    });
    expect(
      (
        await t.inject({
          method: 'DELETE',
          url: '/api/v1/client-statuses/onboarding',
          token: admin.token,
        })
      ).statusCode,
    ).toBe(204);
    expectProblem(
      await t.inject({ method: 'DELETE', url: '/api/v1/client-statuses/lead', token: admin.token }),
      403,
    );
    expectProblem(
      await t.inject({
        method: 'DELETE',
        url: '/api/v1/client-statuses/nothing',
        token: admin.token,
      }),
      404,
      'CLIENT_STATUS_NOT_FOUND',
    );
  });
});

describe('contacts', () => {
  it('belong to an existing client and are listed, searched and filtered by client', async () => {
    const a = await client({ name: 'Alpha' });
    const b = await client({ name: 'Beta' });
    expectProblem(
      await post('/api/v1/contacts', { clientId: 'missing', firstName: 'X' }),
      400,
      'VALIDATION_FAILED',
    );
    const made = await post('/api/v1/contacts', {
      clientId: a.id,
      firstName: 'Марія',
      lastName: 'Шевченко',
      position: 'CTO',
      contactDetails: [
        { kind: 'phone', value: '+380 50 111 22 33' },
        { kind: 'social', network: 'Telegram', value: '@maria' },
      ],
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      client: { id: a.id, name: 'Alpha' },
      position: 'CTO',
      createdBy: manager.user.id,
    });
    await post('/api/v1/contacts', { clientId: b.id, firstName: 'Bob', lastName: 'Stone' });
    const byClient = (await get(`/api/v1/contacts?clientId=${a.id}`)).json();
    expect(byClient.total).toBe(1);
    expect(
      (await get('/api/v1/contacts?search=' + encodeURIComponent('МАРІЯ'))).json().items[0]
        .lastName,
    ).toBe('Шевченко');
    expect((await get('/api/v1/contacts?search=%40maria')).json().total).toBe(1);
    expect((await get(`/api/v1/clients/${a.id}`)).json().contactsCount).toBe(1);
  });

  it("the list's total counts every contact as they are added and removed, and its pages hold them", async () => {
    // Unfiltered, the total is a counter kept by triggers (migration 0026): it must follow
    // every way a contact comes and goes, a client's deletion with its contacts too.
    const every = async () => {
      const ids: string[] = [];
      let total = -1;
      for (let page = 1; ; page++) {
        const body = (await get(`/api/v1/contacts?pageSize=100&page=${page}`)).json();
        total = body.total;
        ids.push(...body.items.map((k: { id: string }) => k.id));
        if (body.items.length < 100) break;
      }
      return { total, ids };
    };
    const before = await every();
    expect(before.total).toBe(before.ids.length);
    const a = await client({ name: 'Counted' });
    const added = [];
    for (const firstName of ['One', 'Two', 'Three'])
      added.push((await post('/api/v1/contacts', { clientId: a.id, firstName })).json());
    const grown = await every();
    expect(grown.total).toBe(before.total + 3);
    expect(grown.ids).toEqual(expect.arrayContaining(added.map((k) => k.id)));
    expect(grown.ids.length).toBe(grown.total);
    await t.inject({
      method: 'DELETE',
      url: `/api/v1/contacts/${added[0].id}`,
      token: manager.token,
    });
    expect((await every()).total).toBe(before.total + 2);
    await t.inject({
      method: 'DELETE',
      url: `/api/v1/clients/${a.id}?cascade=true`,
      token: manager.token,
    });
    const after = await every();
    expect(after.total).toBe(before.total);
    expect(after.ids.length).toBe(before.total);
  });

  it("a search's pages in last-name order, either way, are its matches sorted, each once", async () => {
    // A search alone in last-name order pages from the contacts' search documents: on SQLite a
    // common word's pages walk the documents' name index (migration 0027), a rarer one sorts
    // its matches. Both must give the order of the list itself, ties broken by id.
    const found = await client({ name: 'Xylophone Partners' });
    const other = await client({ name: 'Unrelated Goods' });
    const surnames = ['Adams', 'Brown', 'Brown', 'Clark', 'Evans', 'Brown', 'Young', 'Adams'];
    for (let i = 0; i < 16; i++) {
      const lastName = surnames[i % surnames.length];
      await post('/api/v1/contacts', { clientId: found.id, firstName: `X${i}`, lastName });
      await post('/api/v1/contacts', { clientId: other.id, firstName: `U${i}`, lastName });
    }
    const ids = async (query: string) => {
      const out: string[] = [];
      for (let page = 1; ; page++) {
        const body = (await get(`/api/v1/contacts?${query}&pageSize=5&page=${page}`)).json();
        expect(body.total).toBe(16);
        out.push(...body.items.map((k: { id: string }) => k.id));
        if (body.items.length < 5) return out;
      }
    };
    for (const sort of ['lastName', '-lastName']) {
      const expected = await ids(`clientId=${found.id}&sort=${sort}`);
      expect(expected).toHaveLength(16);
      expect(await ids(`search=xylophone&sort=${sort}`)).toEqual(expected);
      expect(await ids(`search=xylo%20partners&sort=${sort}`)).toEqual(expected);
    }
  });

  it('search follows renames, changed contact details, moves and deletions', async () => {
    const patch = (url: string, payload: object) =>
      t.inject({ method: 'PATCH', url, token: manager.token, payload });
    const found = async (list: 'clients' | 'contacts', words: string) =>
      (await get(`/api/v1/${list}?search=${encodeURIComponent(words)}`))
        .json()
        .items.map((r: { id: string }) => r.id);

    const c = await client({
      name: 'Quokka Robotics',
      contactDetails: [{ kind: 'email', value: 'hello@quokka.example' }],
    });
    const k = (
      await post('/api/v1/contacts', {
        clientId: c.id,
        firstName: 'Taras',
        lastName: 'Zelenko',
        contactDetails: [{ kind: 'phone', value: '+380 67 555 01 02' }],
      })
    ).json();
    expect(await found('clients', 'quok rob')).toEqual([c.id]);
    expect(await found('clients', 'hello@quokka')).toEqual([c.id]);
    // A contact is found by their own words and by their client's name.
    expect(await found('contacts', 'zelen')).toEqual([k.id]);
    expect(await found('contacts', '555 01')).toEqual([k.id]);
    expect(await found('contacts', 'quokka')).toEqual([k.id]);

    await patch(`/api/v1/clients/${c.id}`, {
      name: 'Wombat Systems',
      contactDetails: [{ kind: 'website', value: 'https://wombat.example' }],
    });
    expect(await found('clients', 'quokka')).toEqual([]);
    expect(await found('clients', 'wombat sys')).toEqual([c.id]);
    expect(await found('contacts', 'wombat')).toEqual([k.id]);

    await patch(`/api/v1/contacts/${k.id}`, { lastName: 'Moroz', contactDetails: [] });
    expect(await found('contacts', 'zelenko')).toEqual([]);
    expect(await found('contacts', '555')).toEqual([]);
    expect(await found('contacts', 'taras moroz')).toEqual([k.id]);
    // The client's name is in the contact's own document (migration 0027): a search's words
    // may fall on either name, and a move to another client takes the new client's name along.
    expect(await found('contacts', 'taras wombat')).toEqual([k.id]);
    const other = await client({ name: 'Numbat Labs' });
    await patch(`/api/v1/contacts/${k.id}`, { clientId: other.id });
    expect(await found('contacts', 'numbat')).toEqual([k.id]);
    expect((await get('/api/v1/contacts?search=numbat')).json().total).toBe(1);
    expect(await found('contacts', 'wombat')).toEqual([]);
    await patch(`/api/v1/contacts/${k.id}`, { clientId: c.id });
    expect(await found('contacts', 'numbat')).toEqual([]);
    expect(await found('contacts', 'wombat moroz')).toEqual([k.id]);

    await t.inject({
      method: 'DELETE',
      url: `/api/v1/clients/${c.id}?cascade=true`,
      token: manager.token,
    });
    expect(await found('clients', 'wombat')).toEqual([]);
    expect(await found('contacts', 'taras')).toEqual([]);
  });

  it('moving a contact to another client moves their history with them', async () => {
    const a = await client({ name: 'From' });
    const b = await client({ name: 'To' });
    const k = (await post('/api/v1/contacts', { clientId: a.id, firstName: 'Mover' })).json();
    await post('/api/v1/communications', {
      contactId: k.id,
      channel: 'email',
      direction: 'incoming',
      description: 'Hi',
    });
    const res = await t.inject({
      method: 'PATCH',
      url: `/api/v1/contacts/${k.id}`,
      token: manager.token,
      payload: { clientId: b.id },
    });
    expect(res.json().client).toEqual({ id: b.id, name: 'To' });
    expect((await get(`/api/v1/clients/${a.id}/communications`)).json().total).toBe(0);
    expect((await get(`/api/v1/clients/${b.id}/communications`)).json().total).toBe(1);
  });

  it('deleting a contact deletes their communications', async () => {
    const a = await client();
    const k = (await post('/api/v1/contacts', { clientId: a.id, firstName: 'Gone' })).json();
    const m = (
      await post('/api/v1/communications', {
        contactId: k.id,
        channel: 'meeting',
        direction: 'outgoing',
        description: 'Lunch',
      })
    ).json();
    expect(
      (await t.inject({ method: 'DELETE', url: `/api/v1/contacts/${k.id}`, token: manager.token }))
        .statusCode,
    ).toBe(204);
    expectProblem(await get(`/api/v1/communications/${m.id}`), 404, 'COMMUNICATION_NOT_FOUND');
  });
});
