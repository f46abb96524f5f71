import {
  changePasswordSchema,
  loginRequestSchema,
  refreshRequestSchema,
  tokenPairSchema,
  updateProfileSchema,
  userSchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/access/access.js';
import { noContent, problems } from '../../platform/http/openapi.js';
import type { UsersService } from '../users/index.js';
import type { AuthService, ClientInfo } from './auth.service.js';

const tags = ['Authentication'];

export const authRoutes: FastifyPluginAsyncZod<{ auth: AuthService; users: UsersService }> = async (
  app,
  { auth, users },
) => {
  const client = (req: { ip: string; headers: Record<string, unknown> }): ClientInfo => ({
    ip: req.ip,
    userAgent:
      typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : undefined,
  });

  app.post('/auth/login', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Log in with user name or e-mail',
      body: loginRequestSchema,
      response: { 200: tokenPairSchema, ...problems(400, 401, 429) },
    },
    handler: (req) => auth.login(req.body.login, req.body.password, client(req)),
  });

  app.post('/auth/refresh', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Exchange a refresh token for a new pair (the old one stops working)',
      body: refreshRequestSchema,
      response: { 200: tokenPairSchema, ...problems(400, 401) },
    },
    handler: (req) => auth.refresh(req.body.refreshToken, client(req)),
  });

  app.post('/auth/logout', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'End the login the refresh token belongs to',
      body: refreshRequestSchema,
      response: { 204: noContent, ...problems(400) },
    },
    handler: async (req, reply) => {
      await auth.logout(req.body.refreshToken);
      return reply.status(204).send();
    },
  });

  app.get('/auth/me', {
    config: { access: 'self' },
    schema: { tags, summary: 'The current user', response: { 200: userSchema, ...problems(401) } },
    handler: (req) => {
      const actor = actorOf(req);
      return users.get(actor, actor.id);
    },
  });

  app.patch('/auth/me', {
    config: { access: 'self' },
    schema: {
      tags,
      summary: 'Change your own profile',
      body: updateProfileSchema,
      response: { 200: userSchema, ...problems(400, 401) },
    },
    handler: (req) => {
      const actor = actorOf(req);
      return users.update(actor, actor.id, req.body);
    },
  });

  app.post('/auth/password', {
    config: { access: 'self' },
    schema: {
      tags,
      summary: 'Change your own password; your other logins end',
      body: changePasswordSchema,
      response: { 204: noContent, ...problems(400, 401) },
    },
    handler: async (req, reply) => {
      await auth.changePassword(actorOf(req), req.body.currentPassword, req.body.newPassword);
      return reply.status(204).send();
    },
  });
};
