import type { Executor } from '../db/audit.js';
import { isPostgresDb } from '../db/dialect.js';
import type { RefreshTokensTable } from '../db/schema.js';

/** Refresh tokens: one row per issued token; a family is one login and all its rotations. */
export function findRefreshToken(
  db: Executor,
  tokenHash: string,
): Promise<RefreshTokensTable | undefined> {
  return db
    .selectFrom('refreshTokens')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export async function insertRefreshToken(db: Executor, row: RefreshTokensTable): Promise<void> {
  await db.insertInto('refreshTokens').values(row).execute();
}

/** Marks a token as rotated; false when it was already used or revoked (a concurrent reuse). */
export async function markRefreshTokenUsed(db: Executor, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('refreshTokens')
    .set({ usedAt: at })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The grace retry of a rotated token: when no token issued after `rotated` was used or revoked
 * (its successor is the family's one live token, never presented), revokes that successor and
 * answers true. False when anything happened since: the successor was used, or revoked by an
 * earlier retry or by the end of the login.
 */
export async function revokeUnusedSuccessor(
  db: Executor,
  rotated: RefreshTokensTable,
  at: string,
): Promise<boolean> {
  const later = await db
    .selectFrom('refreshTokens')
    .select('id')
    .where('familyId', '=', rotated.familyId)
    .where('id', '!=', rotated.id)
    .where('createdAt', '>=', rotated.createdAt)
    .where((eb) => eb.or([eb('usedAt', 'is not', null), eb('revokedAt', 'is not', null)]))
    .limit(1)
    .executeTakeFirst();
  if (later) return false;
  const r = await db
    .updateTable('refreshTokens')
    .set({ revokedAt: at })
    .where('familyId', '=', rotated.familyId)
    .where('usedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function revokeFamily(db: Executor, familyId: string, at: string): Promise<void> {
  await db
    .updateTable('refreshTokens')
    .set({ revokedAt: at })
    .where('familyId', '=', familyId)
    .where('revokedAt', 'is', null)
    .execute();
}

/** Ends every login of a user, optionally keeping one (the caller's own, after a password change). */
export async function revokeUserSessions(
  db: Executor,
  userId: string,
  at: string,
  keepFamilyId?: string,
): Promise<void> {
  let q = db
    .updateTable('refreshTokens')
    .set({ revokedAt: at })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null);
  if (keepFamilyId) q = q.where('familyId', '!=', keepFamilyId);
  await q.execute();
}

/**
 * Whether a login is still on: its current refresh token is neither rotated away nor revoked.
 * Checked on every authenticated request, so a logout, a deactivation or a password change
 * ends the login's access tokens too, not only its refresh token (one primary-key-sized lookup).
 */
export async function isSessionLive(db: Executor, familyId: string): Promise<boolean> {
  const row = await db
    .selectFrom('refreshTokens')
    .select('id')
    .where('familyId', '=', familyId)
    .where('revokedAt', 'is', null)
    .where('usedAt', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Drops tokens that can no longer be used by anyone. */
export async function purgeExpiredRefreshTokens(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('refreshTokens').where('expiresAt', '<', now).execute();
}

/**
 * Serialises the changes of one login: a refresh and a logout of the same family cannot
 * interleave (a logout racing a refresh would otherwise miss the token the refresh inserts).
 * PostgreSQL locks the family's rows; SQLite transactions are serialised already.
 */
export async function lockFamily(db: Executor, familyId: string): Promise<void> {
  if (!isPostgresDb(db)) return;
  await db
    .selectFrom('refreshTokens')
    .select('id')
    .where('familyId', '=', familyId)
    .forUpdate()
    .execute();
}
