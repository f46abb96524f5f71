import { http, session } from '../../api/client';

let restoring: Promise<void> | null = null;

/**
 * On a fresh page load the access token is gone (memory only); a stored refresh token brings
 * the login back. Cached so every caller — and React's `use()` — shares one promise.
 */
export function restoreSession(): Promise<void> {
  restoring ??=
    session.getSnapshot() || !session.hasStoredLogin()
      ? Promise.resolve()
      : http.refresh().then(
          () => undefined,
          () => undefined,
        );
  return restoring;
}
