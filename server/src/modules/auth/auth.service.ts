import type { AuthUser, TokenPair } from '@crm/contracts';
import type { Config } from '../../config.js';
import type { LiveSessions } from '../../platform/auth/liveSessions.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../platform/auth/passwords.js';
import * as sessions from '../../platform/auth/sessions.repository.js';
import {
  hashRefreshToken,
  newRefreshToken,
  type AccessTokens,
  type Actor,
} from '../../platform/auth/tokens.js';
import { recordAudit, type Executor } from '../../platform/db/audit.js';
import { toBool, type Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { UserRow } from '../../platform/db/schema.js';
import { AppError } from '../../platform/http/errors.js';
import { findUserById, findUserByLogin, updateUser } from '../users/index.js';
import * as throttle from './throttle.repository.js';

export interface AuthDeps {
  db: Db;
  tokens: AccessTokens;
  config: Pick<Config, 'refreshTokenTtlDays' | 'refreshReuseGraceSeconds' | 'loginThrottle'>;
  /** Every login this service ends, it ends through it. */
  live: LiveSessions;
}

export interface ClientInfo {
  ip: string;
  userAgent: string | undefined;
}

const authUser = (u: UserRow): AuthUser => ({
  id: u.id,
  username: u.username,
  email: u.email,
  firstName: u.firstName,
  lastName: u.lastName,
  role: u.role,
});

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 'Wrong user name, e-mail or password');
const invalidRefresh = () => new AppError('INVALID_REFRESH_TOKEN', 'Log in again');

export function createAuthService({ db, tokens, config, live }: AuthDeps) {
  const revokeFamily = (familyId: string, at: string) =>
    live.ending(() => sessions.revokeFamily(db, familyId, at));

  const { maxPerAccount, maxPerAddress, windowSeconds } = config.loginThrottle;

  async function issue(
    user: UserRow,
    familyId: string,
    client: ClientInfo,
    executor: Executor = db,
  ): Promise<TokenPair> {
    const now = new Date();
    const refresh = newRefreshToken();
    await sessions.insertRefreshToken(executor, {
      id: newId(),
      userId: user.id,
      familyId,
      tokenHash: refresh.hash,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + config.refreshTokenTtlDays * 86_400_000).toISOString(),
      usedAt: null,
      revokedAt: null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ipAddress: client.ip,
    });
    const accessToken = await tokens.sign({ id: user.id, role: user.role, sessionId: familyId });
    return {
      accessToken,
      refreshToken: refresh.token,
      expiresIn: tokens.ttlSeconds,
      user: authUser(user),
    };
  }

  return {
    /**
     * Logs in by user name or e-mail. Failures are counted per account and per client address;
     * over the limit the answer is 429 with Retry-After until the window closes. Unknown users,
     * wrong passwords and deactivated accounts get the same 401 in the same time.
     */
    async login(login: string, password: string, client: ClientInfo): Promise<TokenPair> {
      const now = new Date();
      const windowStart = new Date(now.getTime() - windowSeconds * 1000).toISOString();
      const accountKey = `account:${login.trim().toLowerCase()}`;
      const addressKey = `address:${client.ip}`;
      const windows = await throttle.openWindows(db, [accountKey, addressKey], windowStart);
      const blocked = windows.filter(
        (w) => w.failures >= (w.key === accountKey ? maxPerAccount : maxPerAddress),
      );
      if (blocked.length > 0) {
        const until = Math.max(
          ...blocked.map((w) => Date.parse(w.windowStartedAt) + windowSeconds * 1000),
        );
        const retryAfter = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
        throw new AppError(
          'RATE_LIMITED',
          `Too many failed logins; try again in ${retryAfter} s`,
          undefined,
          {
            'retry-after': String(retryAfter),
          },
        );
      }

      const user = await findUserByLogin(db, login);
      const ok = user
        ? await verifyPassword(user.passwordHash, password)
        : await verifyAgainstDummy(password);
      if (!user || !ok || !toBool(user.isActive)) {
        const at = nowIso();
        await throttle.recordFailure(db, accountKey, at, windowStart);
        await throttle.recordFailure(db, addressKey, at, windowStart);
        throw invalidCredentials();
      }
      await throttle.clearFailures(db, accountKey);
      const at = nowIso();
      await updateUser(db, user.id, { lastLoginAt: at });
      return issue({ ...user, lastLoginAt: at }, newId(), client);
    },

    /**
     * Rotates a refresh token. Presenting a token that was already rotated means it leaked:
     * the whole login (family) is revoked. One exception keeps a page reload during a renewal
     * from ending the login: the token rotated last, presented again within the grace while its
     * successor has never been used, gets a new pair and the unused successor is revoked — the
     * login still has one chain, and if the successor was held by someone, presenting it later
     * ends the login.
     */
    async refresh(refreshToken: string, client: ClientInfo): Promise<TokenPair> {
      const row = await sessions.findRefreshToken(db, hashRefreshToken(refreshToken));
      if (!row) throw invalidRefresh();
      const at = nowIso();
      if (row.revokedAt) {
        await revokeFamily(row.familyId, at);
        throw invalidRefresh();
      }
      if (row.expiresAt <= at) throw invalidRefresh();
      const user = await findUserById(db, row.userId);
      if (!user || !toBool(user.isActive)) {
        await revokeFamily(row.familyId, at);
        throw invalidRefresh();
      }
      // Rotate in one transaction, holding the family: a concurrent logout revokes the new token too.
      const pair = await db.transaction().execute(async (trx) => {
        await sessions.lockFamily(trx, row.familyId);
        if (row.usedAt) {
          const graceFrom = Date.parse(at) - config.refreshReuseGraceSeconds * 1000;
          const retry =
            Date.parse(row.usedAt) > graceFrom &&
            (await sessions.revokeUnusedSuccessor(trx, row, at));
          return retry ? issue(user, row.familyId, client, trx) : null;
        }
        if (!(await sessions.markRefreshTokenUsed(trx, row.id, at))) return null;
        return issue(user, row.familyId, client, trx);
      });
      if (!pair) {
        await revokeFamily(row.familyId, at);
        throw invalidRefresh();
      }
      return pair;
    },

    /** Ends the login the refresh token belongs to. Unknown tokens are ignored (idempotent). */
    async logout(refreshToken: string): Promise<void> {
      const row = await sessions.findRefreshToken(db, hashRefreshToken(refreshToken));
      if (!row) return;
      await live.ending(() =>
        db.transaction().execute(async (trx) => {
          await sessions.lockFamily(trx, row.familyId);
          await sessions.revokeFamily(trx, row.familyId, nowIso());
        }),
      );
    },

    /** Changes one's own password; every other login of the user ends. */
    async changePassword(
      actor: Actor,
      currentPassword: string,
      newPassword: string,
    ): Promise<void> {
      const user = await findUserById(db, actor.id);
      if (!user) throw new AppError('UNAUTHENTICATED');
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AppError('WRONG_PASSWORD', 'The current password is wrong', [
          { path: 'currentPassword', message: 'Wrong password' },
        ]);
      }
      const passwordHash = await hashPassword(newPassword);
      const at = nowIso();
      await live.ending(() =>
        db.transaction().execute(async (trx) => {
          await updateUser(trx, actor.id, { passwordHash, updatedAt: at, updatedBy: actor.id });
          await sessions.revokeUserSessions(trx, actor.id, at, actor.sessionId);
          await recordAudit(trx, {
            actorId: actor.id,
            action: 'changePassword',
            entity: 'user',
            entityId: actor.id,
          });
        }),
      );
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
