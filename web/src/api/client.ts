import { createHttpClient } from './httpClient';
import { REFRESH_TOKEN_KEY, SessionStore } from './session';

export const API_BASE = '/api/v1';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function crossTabLock<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return task();
  // The lock resolves with the task's own promise result.
  return navigator.locks.request('crm-token-refresh', task) as Promise<T>;
}

/** The app's single login session and HTTP client. */
export const session = new SessionStore(browserStorage());
export const http = createHttpClient({ baseUrl: API_BASE, session, lock: crossTabLock });

// A logout in another tab removes the refresh token: end this tab's login too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === REFRESH_TOKEN_KEY && event.newValue === null) session.forget('logout');
  });
}
