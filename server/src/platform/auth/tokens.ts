import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { roleSchema, type Role } from '@crm/contracts';
import { SignJWT, jwtVerify } from 'jose';

export interface Actor {
  id: string;
  role: Role;
  /** The login (refresh-token family) this access token belongs to. */
  sessionId: string;
}

const ISSUER = 'it-crm';
const AUDIENCE = 'it-crm-api';

export interface AccessTokens {
  sign(actor: Actor): Promise<string>;
  /** The actor of a valid token, or null for a forged, expired or malformed one. */
  verify(token: string): Promise<Actor | null>;
  ttlSeconds: number;
}

export function accessTokens(secret: string, ttlSeconds: number): AccessTokens {
  // Imported once: given the raw secret, jose imports it again on every call, which was about
  // 50 µs of each request's CPU.
  const key = webcrypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  return {
    ttlSeconds,
    sign: async (actor) =>
      new SignJWT({ role: actor.role, sid: actor.sessionId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(actor.id)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(await key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, await key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
        });
        const role = roleSchema.safeParse(payload.role);
        if (!payload.sub || !role.success || typeof payload.sid !== 'string') return null;
        return { id: payload.sub, role: role.data, sessionId: payload.sid };
      } catch {
        return null;
      }
    },
  };
}

/** An opaque refresh token; only its SHA-256 is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export const hashRefreshToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');
