import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, setupApp, type TestContext, type TestUser } from '../../../test/harness.js';

let t: TestContext;
let admin: { user: TestUser; token: string };
let manager: { user: TestUser; token: string };
let developer: { user: TestUser; token: string };

beforeAll(async () => {
  t = await setupApp();
  admin = await t.as('admin');
  manager = await t.as('manager');
  developer = await t.as('developer');
});
afterAll(() => t.close());

const newUser = (over: Record<string, unknown> = {}) => ({
  username: `Jane.Doe${Math.floor(Math.random() * 1e6)}`,
  email: `jane${Math.floor(Math.random() * 1e6)}@Example.com`,
  firstName: 'Jane',
  lastName: 'Doe',
  role: 'manager',
  password: 'a-long-password',
  ...over,
});

describe('create', () => {
  it('an admin creates a user who can then log in; names are kept (the original lost them)', async () => {
    const input = newUser({
      phone: '+380 44 000 11 22',
      gender: 'female',
      dateOfBirth: '1991-02-03',
    });
    const res = await t.inject({
      method: 'POST',
      url: '/api/v1/users',
      token: admin.token,
      payload: input,
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(res.headers.location).toBe(`/api/v1/users/${user.id}`);
    expect(user).toMatchObject({
      username: input.username.toLowerCase(),
      email: input.email.toLowerCase(),
      firstName: 'Jane',
      lastName: 'Doe',
      role: 'manager',
      isActive: true,
      phone: '+380 44 000 11 22',
      gender: 'female',
      dateOfBirth: '1991-02-03',
      photoUrl: null,
      lastLoginAt: null,
    });
    expect(user).not.toHaveProperty('password');
    expect(user).not.toHaveProperty('passwordHash');
    const pair = await t.login({ username: user.username, password: 'a-long-password' });
    expect(pair.accessToken).toBeTruthy();
    const fetched = await t.inject({
      method: 'GET',
      url: `/api/v1/users/${user.id}`,
      token: admin.token,
    });
    expect(fetched.json()).toMatchObject({ firstName: 'Jane', lastName: 'Doe' });
    const audit = await t.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityId', '=', user.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorId: admin.user.id });
    expect(audit[0]?.changes).not.toContain('a-long-password');
  });

  it('reports every invalid field with its path', async () => {
    const res = await t.inject({
      method: 'POST',
      url: '/api/v1/users',
      token: admin.token,
      payload: {
        username: 'x',
        email: 'not-an-email',
        firstName: '  ',
        lastName: 'D',
        role: 'boss',
        password: 'short',
        extra: 1,
      },
    });
    const p = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(p.errors?.map((e) => e.path).sort()).toEqual([
      'email',
      'extra',
      'firstName',
      'password',
      'role',
      'username',
    ]);
  });

  it('a taken user name or e-mail is a 409 naming the field, whatever the case', async () => {
    const first = newUser();
    expect(
      (await t.inject({ method: 'POST', url: '/api/v1/users', token: admin.token, payload: first }))
        .statusCode,
    ).toBe(201);
    const sameName = await t.inject({
      method: 'POST',
      url: '/api/v1/users',
      token: admin.token,
      payload: newUser({ username: first.username.toUpperCase() }),
    });
    expect(expectProblem(sameName, 409, 'USERNAME_TAKEN').errors?.[0]?.path).toBe('username');
    const sameEmail = await t.inject({
      method: 'POST',
      url: '/api/v1/users',
      token: admin.token,
      payload: newUser({ email: first.email.toUpperCase() }),
    });
    expect(expectProblem(sameEmail, 409, 'EMAIL_TAKEN').errors?.[0]?.path).toBe('email');
  });

  it('managers and developers may not create users, whatever they send', async () => {
    for (const who of [manager, developer]) {
      expectProblem(
        await t.inject({
          method: 'POST',
          url: '/api/v1/users',
          token: who.token,
          payload: newUser(),
        }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await t.inject({
          method: 'POST',
          url: '/api/v1/users',
          token: who.token,
          payload: { junk: true },
        }),
        403,
        'FORBIDDEN',
      );
    }
  });
});

describe('the directory', () => {
  it('lists with the envelope, search, filters, sorting and paging', async () => {
    const t2 = await setupApp();
    try {
      const a = await t2.as('admin');
      await t2.user('developer', { firstName: 'Оксана', lastName: 'Петренко' });
      await t2.user('developer', { firstName: 'Bohdan', lastName: 'Antonenko' });
      await t2.user('manager', { firstName: 'Zoryana', lastName: 'Yaremchuk', isActive: false });
      const list = (q: string) =>
        t2.inject({ method: 'GET', url: `/api/v1/users?${q}`, token: a.token });

      const all = (await list('')).json();
      expect(all).toMatchObject({ total: 4, page: 1, pageSize: 25 });
      expect(all.items).toHaveLength(4);

      const found = (await list(`search=${encodeURIComponent('петрен')}`)).json();
      expect(found.total).toBe(1);
      expect(found.items[0].lastName).toBe('Петренко');
      expect((await list('search=oksana')).json().total).toBe(0);
      expect((await list(`search=${encodeURIComponent('%')}`)).json().total).toBe(0);

      expect((await list('role=developer')).json().total).toBe(2);
      expect(
        (await list('isActive=false')).json().items.map((u: { lastName: string }) => u.lastName),
      ).toEqual(['Yaremchuk']);

      const sorted = (await list('sort=-lastName'))
        .json()
        .items.map((u: { lastName: string }) => u.lastName);
      expect(sorted[0]).toBe('Петренко');
      expect(sorted.at(-1)).toBe('Antonenko');

      const p1 = (await list('pageSize=3&sort=lastName')).json();
      const p2 = (await list('pageSize=3&page=2&sort=lastName')).json();
      expect(p1.items).toHaveLength(3);
      expect(p2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(p2.items).toHaveLength(1);
      expect(new Set([...p1.items, ...p2.items].map((u: { id: string }) => u.id)).size).toBe(4);
      expect((await list('page=9')).json()).toMatchObject({ items: [], total: 4, page: 9 });
    } finally {
      await t2.close();
    }
  });

  it('refuses bad list parameters with 400 rather than a silent default', async () => {
    for (const q of [
      'pageSize=101',
      'pageSize=0',
      'page=0',
      'page=abc',
      'sort=password',
      'sort=-passwordHash',
      'role=boss',
      'isActive=yes',
      'unknownFilter=1',
    ]) {
      const res = await t.inject({ method: 'GET', url: `/api/v1/users?${q}`, token: admin.token });
      const p = expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(p.errors?.length, q).toBeGreaterThan(0);
    }
  });

  it('every role reads the directory; personal fields only for admins and oneself', async () => {
    const res = await t.inject({
      method: 'GET',
      url: `/api/v1/users/${manager.user.id}`,
      token: developer.token,
    });
    expect(res.statusCode).toBe(200);
    const seen = res.json();
    expect(seen).toMatchObject({ id: manager.user.id, role: 'manager' });
    for (const f of ['phone', 'gender', 'dateOfBirth', 'lastLoginAt'])
      expect(seen).not.toHaveProperty(f);
    const byAdmin = (
      await t.inject({ method: 'GET', url: `/api/v1/users/${manager.user.id}`, token: admin.token })
    ).json();
    expect(byAdmin).toHaveProperty('lastLoginAt');
    const self = (
      await t.inject({
        method: 'GET',
        url: `/api/v1/users/${developer.user.id}`,
        token: developer.token,
      })
    ).json();
    expect(self).toHaveProperty('phone');
    const listed = (
      await t.inject({ method: 'GET', url: '/api/v1/users?pageSize=100', token: developer.token })
    ).json();
    const other = listed.items.find((u: { id: string }) => u.id === admin.user.id);
    expect(other).not.toHaveProperty('phone');
  });

  it('an unknown id is a 404 problem', async () => {
    expectProblem(
      await t.inject({ method: 'GET', url: '/api/v1/users/does-not-exist', token: admin.token }),
      404,
      'USER_NOT_FOUND',
    );
  });
});

describe('update', () => {
  it('an admin changes role, names and the active flag', async () => {
    const u = await t.user('developer');
    const res = await t.inject({
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      token: admin.token,
      payload: { role: 'manager', lastName: 'Новак' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'manager', lastName: 'Новак' });
    const off = await t.inject({
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      token: admin.token,
      payload: { isActive: false },
    });
    expect(off.json().isActive).toBe(false);
  });

  it('nobody changes their own role, not even an admin; nobody deactivates themself', async () => {
    for (const who of [admin, manager, developer]) {
      const res = await t.inject({
        method: 'PATCH',
        url: `/api/v1/users/${who.user.id}`,
        token: who.token,
        payload: { role: who.user.role === 'admin' ? 'developer' : 'admin' },
      });
      expectProblem(res, 403, 'ROLE_CHANGE_FORBIDDEN');
    }
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url: `/api/v1/users/${admin.user.id}`,
        token: admin.token,
        payload: { isActive: false },
      }),
      409,
      'CANNOT_DEACTIVATE_SELF',
    );
    const me = (
      await t.inject({ method: 'GET', url: '/api/v1/auth/me', token: manager.token })
    ).json();
    expect(me.role).toBe('manager');
  });

  it('a non-admin edits only their own profile fields', async () => {
    const own = await t.inject({
      method: 'PATCH',
      url: `/api/v1/users/${developer.user.id}`,
      token: developer.token,
      payload: { firstName: 'Taras' },
    });
    expect(own.statusCode).toBe(200);
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url: `/api/v1/users/${manager.user.id}`,
        token: developer.token,
        payload: { firstName: 'X' },
      }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url: `/api/v1/users/${admin.user.id}`,
        token: manager.token,
        payload: { firstName: 'X' },
      }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url: `/api/v1/users/${developer.user.id}`,
        token: developer.token,
        payload: { email: 'new@x.example' },
      }),
      403,
      'FORBIDDEN',
    );
    const admins = (
      await t.inject({ method: 'GET', url: `/api/v1/users/${admin.user.id}`, token: admin.token })
    ).json();
    expect(admins.firstName).not.toBe('X');
  });

  it('duplicate e-mail on update is a 409', async () => {
    const u = await t.user('developer');
    const res = await t.inject({
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      token: admin.token,
      payload: { email: manager.user.email },
    });
    expectProblem(res, 409, 'EMAIL_TAKEN');
  });
});

describe('delete and password reset', () => {
  it('an admin deletes a user, but not themself', async () => {
    const u = await t.user('developer');
    expect(
      (await t.inject({ method: 'DELETE', url: `/api/v1/users/${u.id}`, token: admin.token }))
        .statusCode,
    ).toBe(204);
    expectProblem(
      await t.inject({ method: 'GET', url: `/api/v1/users/${u.id}`, token: admin.token }),
      404,
    );
    expectProblem(
      await t.inject({
        method: 'DELETE',
        url: `/api/v1/users/${admin.user.id}`,
        token: admin.token,
      }),
      409,
      'CANNOT_DEACTIVATE_SELF',
    );
    expectProblem(
      await t.inject({ method: 'DELETE', url: `/api/v1/users/${u.id}`, token: admin.token }),
      404,
      'USER_NOT_FOUND',
    );
  });

  it('a user referenced by other records cannot be deleted: 409, deactivate instead', async () => {
    const creator = await t.user('admin');
    const { accessToken } = await t.login(creator);
    const made = await t.inject({
      method: 'POST',
      url: '/api/v1/users',
      token: accessToken,
      payload: newUser(),
    });
    expect(made.statusCode).toBe(201);
    const res = await t.inject({
      method: 'DELETE',
      url: `/api/v1/users/${creator.id}`,
      token: admin.token,
    });
    expectProblem(res, 409, 'REFERENCED_RECORD');
    expect(
      (await t.inject({ method: 'GET', url: `/api/v1/users/${creator.id}`, token: admin.token }))
        .statusCode,
    ).toBe(200);
  });

  it('a password reset sets the new password and ends the user’s logins', async () => {
    const u = await t.user('manager');
    const pair = await t.login(u);
    const res = await t.inject({
      method: 'POST',
      url: `/api/v1/users/${u.id}/password`,
      token: admin.token,
      payload: { password: 'brand-new-pass' },
    });
    expect(res.statusCode).toBe(204);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: pair.refreshToken },
      }),
      401,
    );
    expect(
      (await t.login({ username: u.username, password: 'brand-new-pass' })).accessToken,
    ).toBeTruthy();
    expectProblem(
      await t.inject({
        method: 'POST',
        url: `/api/v1/users/${u.id}/password`,
        token: manager.token,
        payload: { password: 'brand-new-pass' },
      }),
      403,
    );
  });
});

describe('photos', () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(64, 7),
  ]);

  it('a user uploads their photo; everyone can fetch it; only they or an admin change it', async () => {
    const put = await t.inject({
      method: 'PUT',
      url: `/api/v1/users/${developer.user.id}/photo`,
      token: developer.token,
      headers: { 'content-type': 'image/png' },
      payload: png,
    });
    expect(put.statusCode).toBe(200);
    const url = put.json().photoUrl as string;
    expect(url).toMatch(new RegExp(`^/api/v1/users/${developer.user.id}/photo\\?v=`));
    const got = await t.inject({ method: 'GET', url, token: manager.token });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.rawPayload.equals(png)).toBe(true);
    expectProblem(await t.inject({ method: 'GET', url }), 401);
    expectProblem(
      await t.inject({
        method: 'PUT',
        url: `/api/v1/users/${developer.user.id}/photo`,
        token: manager.token,
        headers: { 'content-type': 'image/png' },
        payload: png,
      }),
      403,
    );
    expect(
      (
        await t.inject({
          method: 'DELETE',
          url: `/api/v1/users/${developer.user.id}/photo`,
          token: admin.token,
        })
      ).statusCode,
    ).toBe(204);
    expectProblem(await t.inject({ method: 'GET', url, token: manager.token }), 404);
  });

  it('refuses non-images, lying content types and oversized images', async () => {
    const put = (payload: Buffer, type: string) =>
      t.inject({
        method: 'PUT',
        url: `/api/v1/users/${manager.user.id}/photo`,
        token: manager.token,
        headers: { 'content-type': type },
        payload,
      });
    expectProblem(await put(Buffer.from('<svg onload=alert(1)>'), 'image/svg+xml'), 415);
    expectProblem(await put(Buffer.from('<html>'), 'image/png'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectProblem(await put(png, 'image/jpeg'), 415);
    expectProblem(
      await put(Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]), 'image/png'),
      413,
      'PAYLOAD_TOO_LARGE',
    );
  });
});
