import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AccessTokens, Actor } from '../auth/tokens.js';
import { AppError } from '../http/errors.js';
import { roleMay, type Access } from './permissions.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route: a permission of the matrix, or `public`. Required on /api/v1. */
    access?: Access;
  }
  interface FastifyRequest {
    actorOrNull: Actor | null;
  }
}

export const API_PREFIX = '/api/v1';

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

/**
 * The one access mechanism. Every /api/v1 route must declare `config.access`, or the server
 * refuses to start. Authentication and the role check run in `onRequest` — before the body is
 * read or validated — so a role that may not call a route gets 403 whatever it sends.
 * Returns the route table, which the access tests walk.
 */
export function registerAccess(
  app: FastifyInstance,
  tokens: AccessTokens,
  /** Whether the login an access token belongs to is still on (not logged out or revoked). */
  sessionLive: (sessionId: string) => Promise<boolean>,
): RouteAccess[] {
  const table: RouteAccess[] = [];
  app.decorateRequest('actorOrNull', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!access) {
      throw new Error(`${methods.join(',')} ${route.url} declares no access rule (config.access)`);
    }
    for (const method of methods) {
      if (method !== 'HEAD') table.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    const header = request.headers.authorization;
    const match = header ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header) : null;
    if (!match?.[1])
      throw new AppError('UNAUTHENTICATED', 'Send Authorization: Bearer <access token>');
    const actor = await tokens.verify(match[1]);
    if (!actor) throw new AppError('UNAUTHENTICATED', 'The access token is invalid or expired');
    if (!(await sessionLive(actor.sessionId))) {
      throw new AppError('UNAUTHENTICATED', 'This login has ended; sign in again');
    }
    request.actorOrNull = actor;
    if (!roleMay(actor.role, access)) {
      throw new AppError('FORBIDDEN', 'Your role may not do this');
    }
  });

  return table;
}

/** The authenticated caller of a non-public route. */
export function actorOf(request: FastifyRequest): Actor {
  const actor = request.actorOrNull;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}
