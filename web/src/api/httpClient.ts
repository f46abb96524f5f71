import type { TokenPair } from '@crm/contracts';
import { ApiError, networkError, problemFromResponse } from './apiError';
import type { Session, SessionStore } from './session';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (file uploads); `contentType` defaults to the blob's type. */
  rawBody?: Blob;
  contentType?: string;
  query?: Record<string, QueryValue>;
  /** `false` for the calls that carry their credentials in the body (login, refresh, logout). */
  auth?: boolean;
  signal?: AbortSignal;
  responseType?: 'json' | 'blob';
}

export interface HttpClientOptions {
  baseUrl: string;
  session: SessionStore;
  fetch?: typeof fetch;
  now?: () => number;
  /**
   * Runs the refresh under a lock shared by every tab of this origin, so two tabs never
   * present the same (rotating) refresh token — reuse would revoke the whole login.
   */
  lock?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Renew the access token this long before it expires (capped at a fifth of its lifetime). */
  refreshMarginMs?: number;
}

export interface HttpClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  /** A fresh token pair from the stored refresh token; concurrent callers share one call. */
  refresh(): Promise<Session>;
  /** Starts renewing the access token shortly before it expires; returns a stop function. */
  startAutoRefresh(): () => void;
}

export function buildUrl(base: string, path: string, query?: Record<string, QueryValue>): string {
  const absolute = /^https?:\/\//.test(path) || path.startsWith('/api/');
  let url = absolute ? path : `${base}${path}`;
  if (query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      params.set(key, String(value));
    }
    const qs = params.toString();
    if (qs) url += `${url.includes('?') ? '&' : '?'}${qs}`;
  }
  return url;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { baseUrl, session } = options;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? Date.now;
  const lock = options.lock ?? ((task) => task());
  const margin = options.refreshMarginMs ?? 60_000;
  let inFlightRefresh: Promise<Session> | null = null;

  async function send(path: string, opts: RequestOptions, token: string | null) {
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    let body: BodyInit | undefined;
    if (opts.rawBody) {
      headers.set('Content-Type', opts.contentType ?? opts.rawBody.type);
      body = opts.rawBody;
    } else if (opts.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(opts.body);
    }
    if (token) headers.set('Authorization', `Bearer ${token}`);
    try {
      return await doFetch(buildUrl(baseUrl, path, opts.query), {
        method: opts.method ?? 'GET',
        headers,
        body,
        signal: opts.signal,
      });
    } catch (error) {
      if (opts.signal?.aborted) throw error;
      throw networkError(error);
    }
  }

  async function readBody<T>(response: Response, opts: RequestOptions): Promise<T> {
    if (response.status === 204) return undefined as T;
    if (opts.responseType === 'blob') return (await response.blob()) as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function performRefresh(): Promise<Session> {
    return lock(async () => {
      // Read inside the lock: another tab may have just rotated the token.
      const refreshToken = session.getRefreshToken();
      if (!refreshToken) {
        session.forget('logout');
        throw new ApiError({ status: 401, code: 'UNAUTHENTICATED' });
      }
      const response = await send(
        '/auth/refresh',
        { method: 'POST', body: { refreshToken }, auth: false },
        null,
      );
      if (!response.ok) {
        const error = await problemFromResponse(response);
        // Only a refusal ends the login; a flaky network or a restarting server does not.
        if (error.status === 401 || error.status === 400) session.clear();
        throw error;
      }
      const renewed = await readBody<TokenPair>(response, {});
      // The login ended (logout here or in another tab) while the call was in flight: a
      // renewed pair must not bring it back.
      if (session.getRefreshToken() !== refreshToken) {
        session.forget('logout');
        throw new ApiError({ status: 401, code: 'UNAUTHENTICATED' });
      }
      return session.setTokens(renewed);
    });
  }

  function refresh(): Promise<Session> {
    inFlightRefresh ??= performRefresh().finally(() => {
      inFlightRefresh = null;
    });
    return inFlightRefresh;
  }

  async function currentToken(): Promise<string | null> {
    const current = session.getSnapshot();
    if (current && current.expiresAt > now()) return current.accessToken;
    if (current || session.hasStoredLogin()) return (await refresh()).accessToken;
    return null;
  }

  async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
    const auth = opts.auth ?? true;
    const token = auth ? await currentToken() : null;
    let response = await send(path, opts, token);
    if (auth && response.status === 401) {
      // If another call already renewed the token while ours was in flight, just retry with it.
      const latest = session.getSnapshot();
      const retryToken =
        latest && latest.accessToken !== token ? latest.accessToken : (await refresh()).accessToken;
      response = await send(path, opts, retryToken);
      if (response.status === 401) session.clear();
    }
    if (!response.ok) throw await problemFromResponse(response);
    return readBody<T>(response, opts);
  }

  function startAutoRefresh(): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      const current = session.getSnapshot();
      if (!current) return;
      const lead = Math.min(margin, current.lifetime / 5);
      const delay = Math.max(0, current.expiresAt - lead - now());
      timer = setTimeout(() => {
        // Failures are handled where they matter: a refusal clears the session inside refresh(),
        // a network error leaves the next API call to try again.
        refresh().catch(() => undefined);
      }, delay);
    };
    const unsubscribe = session.subscribe(schedule);
    schedule();
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }

  return { request, refresh, startAutoRefresh };
}
