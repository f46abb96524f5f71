import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, setupApp, type TestContext } from '../../../test/harness.js';

let t: TestContext;
beforeAll(async () => {
  t = await setupApp({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
  });
});
afterAll(() => t.close());

const login = (payload: unknown, remoteAddress = '127.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: payload as object,
    remoteAddress,
  });
const refresh = (refreshToken: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });
/** A successful renewal's new pair. */
async function renewed(
  refreshToken: string,
): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await refresh(refreshToken);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('login', () => {
  it('accepts the user name or the e-mail, in any case, and returns a token pair', async () => {
    const u = await t.user('manager');
    for (const name of [u.username, u.email, u.email.toUpperCase()]) {
      const res = await login({ login: name, password: u.password });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({
        expiresIn: 900,
        user: { id: u.id, username: u.username, role: 'manager' },
      });
      expect(body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(body.refreshToken.length).toBeGreaterThanOrEqual(40);
      expect(body.user).not.toHaveProperty('passwordHash');
    }
    const me = await t.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      token: (await t.login(u)).accessToken,
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: u.id, lastLoginAt: expect.any(String) });
  });

  it('answers a wrong password, an unknown user and a deactivated user the same way', async () => {
    const u = await t.user('developer');
    const off = await t.user('developer', { isActive: false });
    const answers = [
      await login({ login: u.username, password: 'wrong-password' }, '10.0.0.1'),
      await login({ login: 'nobody-at-all', password: 'wrong-password' }, '10.0.0.2'),
      await login({ login: off.username, password: off.password }, '10.0.0.3'),
    ];
    const bodies = answers.map((r) => {
      const p = expectProblem(r, 401, 'INVALID_CREDENTIALS');
      return { code: p.code, detail: p.detail };
    });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });

  it('takes about as long for an unknown user as for a wrong password (no account probing by timing)', async () => {
    const u = await t.user('developer');
    const time = async (login: string, ip: string) => {
      const started = process.hrtime.bigint();
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login, password: 'wrong-password' },
        remoteAddress: ip,
      });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++) {
      // Alternate, from fresh addresses, so throttling and warm-up treat both alike.
      known.push(await time(u.username, `10.9.${i}.1`));
      unknown.push(await time(`ghost-${i}`, `10.9.${i}.2`));
    }
    const median = (xs: number[]) =>
      [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const ratio = median(unknown) / median(known);
    // Both run one argon2id verification (~tens of ms); a skipped hash would be ~1 ms.
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('validates the body', async () => {
    const res = await login({ login: '', password: 1 });
    const p = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(p.errors?.map((e) => e.path).sort()).toEqual(['login', 'password']);
  });

  it('throttles failed logins per account with 429 and Retry-After; successes do not count', async () => {
    const u = await t.user('manager');
    await t.login(u);
    await t.login(u);
    for (let i = 0; i < 3; i++) {
      expectProblem(await login({ login: u.username, password: 'nope' }, `10.1.0.${i}`), 401);
    }
    // Locked even with the right password, from any address.
    const res = await login({ login: u.username, password: u.password }, '10.2.0.1');
    expectProblem(res, 429, 'RATE_LIMITED');
    const retry = Number(res.headers['retry-after']);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(900);
    // Other accounts are not affected.
    const other = await t.user('manager');
    expect((await login({ login: other.username, password: other.password })).statusCode).toBe(200);
  });

  it('a success clears the account counter', async () => {
    const u = await t.user('manager');
    for (let i = 0; i < 2; i++) await login({ login: u.username, password: 'nope' });
    await t.login(u);
    for (let i = 0; i < 2; i++)
      expectProblem(await login({ login: u.username, password: 'nope' }), 401);
    expect((await login({ login: u.username, password: u.password })).statusCode).toBe(200);
  });
});

describe('throttling per client address', () => {
  it('blocks an address that fails across many accounts', async () => {
    const t2 = await setupApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: '4' });
    try {
      const inject = (l: string, p: string, ip: string) =>
        t2.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { login: l, password: p },
          remoteAddress: ip,
        });
      for (let i = 0; i < 4; i++) expectProblem(await inject(`ghost${i}`, 'x', '192.0.2.7'), 401);
      expectProblem(await inject('ghost9', 'x', '192.0.2.7'), 429, 'RATE_LIMITED');
      const u = await t2.user('admin');
      expectProblem(await inject(u.username, u.password, '192.0.2.7'), 429);
      expect((await inject(u.username, u.password, '192.0.2.8')).statusCode).toBe(200);
    } finally {
      await t2.close();
    }
  });
});

describe('refresh tokens', () => {
  it('rotate: the new pair works, the old refresh token does not', async () => {
    const u = await t.user('developer');
    const first = await t.login(u);
    const r1 = await refresh(first.refreshToken);
    expect(r1.statusCode).toBe(200);
    const second = r1.json<{ accessToken: string; refreshToken: string }>();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const me = await t.inject({ method: 'GET', url: '/api/v1/auth/me', token: second.accessToken });
    expect(me.statusCode).toBe(200);
    expect((await refresh(second.refreshToken)).statusCode).toBe(200);
  });

  it('reusing a rotated token whose successor was used revokes the whole login, but not other logins', async () => {
    const u = await t.user('developer');
    const first = await t.login(u);
    const otherLogin = await t.login(u);
    const second = await renewed(first.refreshToken);
    const third = await renewed(second.refreshToken);
    expectProblem(await refresh(first.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
    // The thief's reuse killed the legitimate current token and its access token too.
    expectProblem(await refresh(third.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
    expectProblem(
      await t.inject({ method: 'GET', url: '/api/v1/auth/me', token: third.accessToken }),
      401,
    );
    expect((await refresh(otherLogin.refreshToken)).statusCode).toBe(200);
  });

  it('a reload during a renewal: the rotated token, again within the grace, gets a new pair and the lost successor is revoked', async () => {
    const u = await t.user('developer');
    const first = await t.login(u);
    await renewed(first.refreshToken); // its answer was lost with the reloaded page
    const retried = await renewed(first.refreshToken);
    const me = await t.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      token: retried.accessToken,
    });
    expect(me.statusCode).toBe(200);
    expect((await refresh(retried.refreshToken)).statusCode).toBe(200);
  });

  it('if the lost successor was in fact held by someone, presenting it ends the login', async () => {
    const u = await t.user('developer');
    const first = await t.login(u);
    const held = await renewed(first.refreshToken);
    const retried = await renewed(first.refreshToken);
    expectProblem(await refresh(held.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
    expectProblem(await refresh(retried.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
  });

  it('a rotated token is retried once: a second retry ends the login', async () => {
    const u = await t.user('developer');
    const first = await t.login(u);
    await renewed(first.refreshToken);
    const retried = await renewed(first.refreshToken);
    expectProblem(await refresh(first.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
    expectProblem(await refresh(retried.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
  });

  it('after the grace, reusing a rotated token revokes the whole login', async () => {
    const u = await t.user('developer');
    const first = await t.login(u);
    const second = await renewed(first.refreshToken);
    const past = new Date(Date.now() - (t.config.refreshReuseGraceSeconds + 1) * 1000);
    await t.database.db
      .updateTable('refreshTokens')
      .set({ usedAt: past.toISOString() })
      .where('userId', '=', u.id)
      .where('usedAt', 'is not', null)
      .execute();
    expectProblem(await refresh(first.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
    expectProblem(await refresh(second.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
  });

  it('a logout racing a refresh leaves no working token', async () => {
    const u = await t.user('manager');
    for (let i = 0; i < 10; i++) {
      const pair = await t.login(u);
      const [rotated] = await Promise.all([
        refresh(pair.refreshToken),
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/logout',
          payload: { refreshToken: pair.refreshToken },
        }),
      ]);
      if (rotated.statusCode === 200) {
        expectProblem(await refresh(rotated.json<{ refreshToken: string }>().refreshToken), 401);
      }
    }
  });

  it('an unknown token is refused', async () => {
    expectProblem(await refresh('x'.repeat(43)), 401, 'INVALID_REFRESH_TOKEN');
  });

  it('logout revokes the login; logging out twice is fine', async () => {
    const u = await t.user('manager');
    const pair = await t.login(u);
    for (let i = 0; i < 2; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        payload: { refreshToken: pair.refreshToken },
      });
      expect(res.statusCode).toBe(204);
    }
    expectProblem(await refresh(pair.refreshToken), 401);
    // The login's access token dies with it, not 15 minutes later.
    expectProblem(
      await t.inject({ method: 'GET', url: '/api/v1/auth/me', token: pair.accessToken }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('deactivating a user ends their logins at once', async () => {
    const { token: adminToken } = await t.as('admin');
    const u = await t.user('developer');
    const pair = await t.login(u);
    const res = await t.inject({
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      token: adminToken,
      payload: { isActive: false },
    });
    expect(res.statusCode).toBe(200);
    expectProblem(await refresh(pair.refreshToken), 401);
    expectProblem(
      await t.inject({ method: 'GET', url: '/api/v1/tasks', token: pair.accessToken }),
      401,
      'UNAUTHENTICATED',
    );
    expectProblem(
      await login({ login: u.username, password: u.password }),
      401,
      'INVALID_CREDENTIALS',
    );
  });
});

describe('the login check of every request', () => {
  const tasks = (token: string) => t.inject({ method: 'GET', url: '/api/v1/tasks', token });

  it('every way a login ends stops an access token in use a moment before, at once', async () => {
    const { token: adminToken } = await t.as('admin');
    type Pair = { accessToken: string; refreshToken: string };
    type User = Awaited<ReturnType<TestContext['user']>>;
    const ends: Record<string, (u: User, pair: Pair) => Promise<{ statusCode: number }>> = {
      logout: (_u, pair) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/logout',
          payload: { refreshToken: pair.refreshToken },
        }),
      deactivation: (u) =>
        t.inject({
          method: 'PATCH',
          url: `/api/v1/users/${u.id}`,
          token: adminToken,
          payload: { isActive: false },
        }),
      'a new role': (u) =>
        t.inject({
          method: 'PATCH',
          url: `/api/v1/users/${u.id}`,
          token: adminToken,
          payload: { role: 'manager' },
        }),
      "an admin's new password": (u) =>
        t.inject({
          method: 'POST',
          url: `/api/v1/users/${u.id}/password`,
          token: adminToken,
          payload: { password: 'another-password-1' },
        }),
      'a password changed from another login': async (u) => {
        const other = await t.login(u);
        return t.inject({
          method: 'POST',
          url: '/api/v1/auth/password',
          token: other.accessToken,
          payload: { currentPassword: u.password, newPassword: 'another-password-1' },
        });
      },
    };
    for (const [way, end] of Object.entries(ends)) {
      const u = await t.user('developer');
      const pair = await t.login(u);
      expect((await tasks(pair.accessToken)).statusCode, way).toBe(200);
      expect((await tasks(pair.accessToken)).statusCode, way).toBe(200);
      expect([200, 204], way).toContain((await end(u, pair)).statusCode);
      const after = await tasks(pair.accessToken);
      expect(after.statusCode, way).toBe(401);
      expect(after.json().code, way).toBe('UNAUTHENTICATED');
    }
  });

  it('a login ended by another server process on the same database stops within a second', async () => {
    const u = await t.user('developer');
    const pair = await t.login(u);
    expect((await tasks(pair.accessToken)).statusCode).toBe(200);
    // What another process's logout writes, unseen by this one.
    await t.database.db
      .updateTable('refreshTokens')
      .set({ revokedAt: new Date().toISOString() })
      .where('userId', '=', u.id)
      .execute();
    await new Promise((r) => setTimeout(r, 1050));
    expectProblem(await tasks(pair.accessToken), 401, 'UNAUTHENTICATED');
  });
});

describe('access tokens', () => {
  const me = (token: string) => t.inject({ method: 'GET', url: '/api/v1/auth/me', token });

  it('missing, malformed, forged, unsigned and expired tokens get 401', async () => {
    const u = await t.user('admin');
    const good = (await t.login(u)).accessToken;
    expectProblem(
      await t.inject({ method: 'GET', url: '/api/v1/auth/me' }),
      401,
      'UNAUTHENTICATED',
    );
    expectProblem(await me('not-a-token'), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { authorization: `Basic ${good}` },
      }),
      401,
    );

    const [h, p] = good.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
    expectProblem(await me(none), 401);
    const promoted = Buffer.from(
      JSON.stringify({ ...payload, role: 'admin', sub: 'someone-else' }),
    ).toString('base64url');
    expectProblem(await me(`${h}.${promoted}.${good.split('.')[2]}`), 401);

    const key = new TextEncoder().encode('a-different-secret-a-different-secret');
    const wrongKey = await new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(key);
    expectProblem(await me(wrongKey), 401);

    const right = new TextEncoder().encode(t.config.jwtSecret);
    const expired = await new SignJWT({ ...payload, exp: Math.floor(Date.now() / 1000) - 5 })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(right);
    expectProblem(await me(expired), 401);
    expect((await me(good)).statusCode).toBe(200);
  });
});

describe('own profile and password', () => {
  it('a user edits their profile through /auth/me but not their role', async () => {
    const { user, token } = await t.as('developer');
    const res = await t.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      token,
      payload: {
        firstName: ' Олена ',
        lastName: 'Коваленко',
        phone: '+380 67 123 45 67',
        gender: 'female',
        dateOfBirth: '1990-04-01',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: user.id,
      firstName: 'Олена',
      lastName: 'Коваленко',
      phone: '+380 67 123 45 67',
      gender: 'female',
      dateOfBirth: '1990-04-01',
      role: 'developer',
    });
    const withRole = await t.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      token,
      payload: { role: 'admin' },
    });
    expectProblem(withRole, 400, 'VALIDATION_FAILED');
    const future = await t.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      token,
      payload: { dateOfBirth: '2999-01-01' },
    });
    expect(expectProblem(future, 400).errors?.[0]?.path).toBe('dateOfBirth');
  });

  it('changing the password needs the current one and ends the other logins only', async () => {
    const u = await t.user('manager');
    const current = await t.login(u);
    const other = await t.login(u);
    const wrong = await t.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      token: current.accessToken,
      payload: { currentPassword: 'nope', newPassword: 'new-password-1' },
    });
    expect(expectProblem(wrong, 400, 'WRONG_PASSWORD').errors?.[0]?.path).toBe('currentPassword');
    const short = await t.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      token: current.accessToken,
      payload: { currentPassword: u.password, newPassword: 'short' },
    });
    expect(expectProblem(short, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('newPassword');
    const ok = await t.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      token: current.accessToken,
      payload: { currentPassword: u.password, newPassword: 'new-password-1' },
    });
    expect(ok.statusCode).toBe(204);
    expectProblem(await refresh(other.refreshToken), 401);
    const me = (token: string) => t.inject({ method: 'GET', url: '/api/v1/auth/me', token });
    expectProblem(await me(other.accessToken), 401, 'UNAUTHENTICATED');
    expect((await me(current.accessToken)).statusCode).toBe(200);
    expect((await refresh(current.refreshToken)).statusCode).toBe(200);
    expectProblem(await login({ login: u.username, password: u.password }), 401);
    expect((await login({ login: u.username, password: 'new-password-1' })).statusCode).toBe(200);
  });
});
