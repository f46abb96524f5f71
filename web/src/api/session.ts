import type { AuthUser, TokenPair } from '@crm/contracts';

export const REFRESH_TOKEN_KEY = 'crm.refreshToken';

export interface Session {
  accessToken: string;
  /** Epoch milliseconds when the access token stops being accepted. */
  expiresAt: number;
  /** How long the access token was issued for, in milliseconds. */
  lifetime: number;
  user: AuthUser;
}

type Listener = () => void;

/** Why the last login ended: the user asked, or the server stopped accepting it. */
export type EndReason = 'logout' | 'expired';

/**
 * Where the login lives in the browser: the access token only in memory (so a stolen
 * localStorage gives no immediate API access), the refresh token in localStorage (so a reload
 * or a new tab stays signed in). Components subscribe through `useSyncExternalStore`.
 */
export class SessionStore {
  private session: Session | null = null;
  private endReason: EndReason | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly storage: Storage | null,
    private readonly now: () => number = Date.now,
  ) {}

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): Session | null => this.session;

  getRefreshToken(): string | null {
    try {
      return this.storage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  getEndReason(): EndReason | null {
    return this.endReason;
  }

  hasStoredLogin(): boolean {
    return this.getRefreshToken() !== null;
  }

  setTokens(pair: TokenPair): Session {
    const lifetime = pair.expiresIn * 1000;
    this.session = {
      accessToken: pair.accessToken,
      expiresAt: this.now() + lifetime,
      lifetime,
      user: pair.user,
    };
    this.endReason = null;
    this.writeRefreshToken(pair.refreshToken);
    this.emit();
    return this.session;
  }

  updateUser(user: AuthUser): void {
    if (!this.session) return;
    this.session = { ...this.session, user };
    this.emit();
  }

  clear(reason: EndReason = 'expired'): void {
    this.writeRefreshToken(null);
    this.forget(reason);
  }

  /** Ends the in-memory login only (another tab already removed the stored token). */
  forget(reason: EndReason = 'expired'): void {
    if (this.session === null) return;
    this.session = null;
    this.endReason = reason;
    this.emit();
  }

  private writeRefreshToken(token: string | null): void {
    try {
      if (token === null) this.storage?.removeItem(REFRESH_TOKEN_KEY);
      else this.storage?.setItem(REFRESH_TOKEN_KEY, token);
    } catch {
      // Storage can be unavailable (private mode, quota); the login then lasts for this page only.
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
