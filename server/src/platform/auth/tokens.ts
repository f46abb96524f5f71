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
/** How many verified access tokens are remembered (about 0.5 KB each). */
const VERIFIED_MAX = 10_000;

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
  // Tokens whose signature and claims were checked, until they expire: a client sends the same
  // token with every request for its lifetime, and the check (WebCrypto HMAC and the claims,
  // about 4 % of a short request's CPU) answers the same every time. Only valid tokens are kept,
  // at most `VERIFIED_MAX`, the oldest dropped first; a login's end is checked per request
  // elsewhere (the session), never here.
  const verified = new Map<string, { actor: Actor; exp: number }>();
  const remember = (token: string, actor: Actor, exp: number) => {
    if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value as string);
    verified.set(token, { actor, exp });
  };
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
      const now = Math.floor(Date.now() / 1000);
      const known = verified.get(token);
      if (known) {
        if (known.exp > now) return known.actor;
        verified.delete(token);
        return null;
      }
      try {
        const { payload } = await jwtVerify(token, await key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
        });
        const role = roleSchema.safeParse(payload.role);
        if (!payload.sub || !role.success || typeof payload.sid !== 'string') return null;
        const actor: Actor = Object.freeze({
          id: payload.sub,
          role: role.data,
          sessionId: payload.sid,
        });
        if (payload.exp !== undefined) remember(token, actor, payload.exp);
        return actor;
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
