import type { TokenPair } from '@crm/contracts';
import type { HttpClient } from './httpClient';
import { buildUrl, createHttpClient } from './httpClient';
import { REFRESH_TOKEN_KEY, SessionStore } from './session';

const user = {
  id: 'u1',
  username: 'olena',
  email: 'olena@example.com',
  firstName: 'Olena',
  lastName: 'Shevchenko',
  role: 'manager' as const,
};

function pair(n: number, expiresIn = 900): TokenPair {
  return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn, user };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

const problem = (status: number, code: string) =>
  json(status, { type: 'about:blank', title: code, status, code });

/**
 * A fake server: `/auth/refresh` rotates the pair and, like the real one, refuses any refresh
 * token but the latest; every other call wants the latest access token.
 */
function fakeServer(options: { refreshFails?: 'refused' | 'network' } = {}) {
  let generation = 1;
  let validAccess = 'access-1';
  const calls: { url: string; auth: string | null }[] = [];
  const refreshBodies: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    const auth = new Headers(init?.headers).get('Authorization');
    calls.push({ url, auth });
    await Promise.resolve();
    if (url.endsWith('/auth/refresh')) {
      if (options.refreshFails === 'network') throw new TypeError('Failed to fetch');
      const { refreshToken } = JSON.parse(init?.body as string) as { refreshToken: string };
      refreshBodies.push(refreshToken);
      if (options.refreshFails === 'refused' || refreshToken !== `refresh-${generation}`) {
        return problem(401, 'INVALID_REFRESH_TOKEN');
      }
      generation += 1;
      validAccess = `access-${generation}`;
      return json(200, pair(generation));
    }
    if (auth !== `Bearer ${validAccess}`) return problem(401, 'UNAUTHENTICATED');
    return json(200, { ok: true, url });
  });
  return {
    fetch,
    calls,
    refreshBodies,
    /** The access token stops working early (e.g. the signing key was rotated). */
    revokeAccess: () => {
      validAccess = 'revoked';
    },
  };
}

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

function setup(serverOptions?: Parameters<typeof fakeServer>[0], now = () => Date.now()) {
  const server = fakeServer(serverOptions);
  const storage = memoryStorage();
  const session = new SessionStore(storage, now);
  const client: HttpClient = createHttpClient({
    baseUrl: '/api/v1',
    session,
    fetch: server.fetch,
    now,
  });
  return { server, storage, session, client };
}

describe('buildUrl', () => {
  it('joins the base path and leaves out empty query values', () => {
    expect(
      buildUrl('/api/v1', '/users', { page: 2, search: '', role: undefined, isActive: false }),
    ).toBe('/api/v1/users?page=2&isActive=false');
    expect(buildUrl('/api/v1', '/api/v1/users/1/photo?v=3')).toBe('/api/v1/users/1/photo?v=3');
  });
});

describe('http client', () => {
  it('sends the access token', async () => {
    const { server, session, client } = setup();
    session.setTokens(pair(1));
    await expect(client.request('/auth/me')).resolves.toMatchObject({ ok: true });
    expect(server.calls[0]).toEqual({ url: '/api/v1/auth/me', auth: 'Bearer access-1' });
  });

  it('refreshes once for many concurrent 401s and retries each call', async () => {
    const { server, session, storage, client } = setup();
    session.setTokens(pair(1));
    server.revokeAccess();

    const results = await Promise.all([
      client.request('/users'),
      client.request('/teams'),
      client.request('/projects'),
    ]);

    expect(results).toHaveLength(3);
    // One refresh: a second one would present the rotated token and revoke the whole login.
    expect(server.refreshBodies).toEqual(['refresh-1']);
    expect(session.getSnapshot()?.accessToken).toBe('access-2');
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2');
    const retried = server.calls.filter((call) => call.auth === 'Bearer access-2');
    expect(retried.map((call) => call.url).sort()).toEqual([
      '/api/v1/projects',
      '/api/v1/teams',
      '/api/v1/users',
    ]);
  });

  it('ends the session when the refresh is refused', async () => {
    const { session, storage, client } = setup({ refreshFails: 'refused' });
    session.setTokens(pair(0));
    const listener = vi.fn();
    session.subscribe(listener);

    await expect(client.request('/users')).rejects.toMatchObject({
      status: 401,
      code: 'INVALID_REFRESH_TOKEN',
    });
    expect(session.getSnapshot()).toBeNull();
    expect(session.getEndReason()).toBe('expired');
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(listener).toHaveBeenCalled();
  });

  it('keeps the login when the refresh fails for network reasons', async () => {
    const { session, storage, client } = setup({ refreshFails: 'network' });
    session.setTokens(pair(0));
    await expect(client.request('/users')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-0');
  });

  it('does not bring a login back when its refresh answers after a logout', async () => {
    const { server, storage, session, client } = setup();
    session.setTokens(pair(1));
    const renewing = client.refresh();
    // The user logs out while the renewal is on the wire; the server still answers it.
    session.clear('logout');

    await expect(renewing).rejects.toMatchObject({ status: 401 });
    expect(server.refreshBodies).toEqual(['refresh-1']);
    expect(session.getSnapshot()).toBeNull();
    expect(session.getEndReason()).toBe('logout');
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  });

  it('renews an expired access token before sending, not after a 401', async () => {
    let clock = 1_000_000;
    const { server, session, client } = setup(undefined, () => clock);
    session.setTokens(pair(1, 60));
    clock += 61_000;

    await client.request('/users');
    expect(server.calls.map((call) => call.url)).toEqual(['/api/v1/auth/refresh', '/api/v1/users']);
    expect(server.calls[1]?.auth).toBe('Bearer access-2');
  });

  it('restores a login from the stored refresh token alone', async () => {
    const { server, storage, session, client } = setup();
    storage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
    await client.request('/auth/me');
    expect(server.refreshBodies).toEqual(['refresh-1']);
    expect(session.getSnapshot()?.user.username).toBe('olena');
  });

  it('sends calls without a stored login straight to the server', async () => {
    const { server, client } = setup();
    await expect(client.request('/users')).rejects.toMatchObject({ status: 401 });
    expect(server.refreshBodies).toEqual([]);
  });

  it('refreshes shortly before the access token expires', async () => {
    vi.useFakeTimers();
    try {
      const { server, session, client } = setup();
      session.setTokens(pair(1, 900));
      const stop = client.startAutoRefresh();

      await vi.advanceTimersByTimeAsync(830_000);
      expect(server.refreshBodies).toEqual([]);
      await vi.advanceTimersByTimeAsync(15_000);
      expect(server.refreshBodies).toEqual(['refresh-1']);
      expect(session.getSnapshot()?.accessToken).toBe('access-2');

      // …and keeps doing so for the renewed token.
      await vi.advanceTimersByTimeAsync(845_000);
      expect(server.refreshBodies).toEqual(['refresh-1', 'refresh-2']);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses the refresh token another tab stored most recently', async () => {
    const { server, storage, session, client } = setup();
    session.setTokens(pair(1));
    // Another tab refreshed: the server is at generation 2 and storage holds refresh-2.
    await server.fetch('/api/v1/auth/refresh', {
      method: 'POST',
      body: JSON.stringify({ refreshToken: 'refresh-1' }),
    });
    storage.setItem(REFRESH_TOKEN_KEY, 'refresh-2');

    await client.request('/users');
    expect(server.refreshBodies).toEqual(['refresh-1', 'refresh-2']);
    expect(session.getSnapshot()?.accessToken).toBe('access-3');
  });
});
