import {
  createUserSchema,
  idParams,
  resetPasswordSchema,
  updateUserSchema,
  userSchema,
  usersListQuerySchema,
  usersPageSchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/access/access.js';
import type { FileStore } from '../../platform/files/store.js';
import { photoRoutes } from '../../platform/http/photos.js';
import { noContent, problems } from '../../platform/http/openapi.js';
import type { UsersService } from './users.service.js';

const tags = ['Users'];

export const usersRoutes: FastifyPluginAsyncZod<{ users: UsersService; files: FileStore }> = async (
  app,
  { users, files },
) => {
  app.get('/users', {
    config: { access: 'users.read' },
    schema: {
      tags,
      summary: 'The user directory',
      querystring: usersListQuerySchema,
      response: { 200: usersPageSchema, ...problems(400, 401) },
    },
    handler: (req) => users.list(actorOf(req), req.query),
  });

  app.post('/users', {
    config: { access: 'users.manage' },
    schema: {
      tags,
      summary: 'Create a user (admins)',
      body: createUserSchema,
      response: { 201: userSchema, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => {
      const user = await users.create(actorOf(req), req.body);
      return reply.status(201).header('location', `/api/v1/users/${user.id}`).send(user);
    },
  });

  app.get('/users/:id', {
    config: { access: 'users.read' },
    schema: {
      tags,
      summary: 'One user',
      params: idParams,
      response: { 200: userSchema, ...problems(401, 404) },
    },
    handler: (req) => users.get(actorOf(req), req.params.id),
  });

  app.patch('/users/:id', {
    config: { access: 'users.edit' },
    schema: {
      tags,
      summary: 'Change a user (admins: anyone; others: their own profile only)',
      params: idParams,
      body: updateUserSchema,
      response: { 200: userSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (req) => users.update(actorOf(req), req.params.id, req.body),
  });

  app.delete('/users/:id', {
    config: { access: 'users.manage' },
    schema: {
      tags,
      summary: 'Delete a user without records (admins); deactivate the others',
      params: idParams,
      response: { 204: noContent, ...problems(401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await users.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  });

  app.post('/users/:id/password', {
    config: { access: 'users.manage' },
    schema: {
      tags,
      summary: "Set a user's password (admins); ends all their logins",
      params: idParams,
      body: resetPasswordSchema,
      response: { 204: noContent, ...problems(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      await users.resetPassword(actorOf(req), req.params.id, req.body.password);
      return reply.status(204).send();
    },
  });

  await app.register(
    photoRoutes({
      collection: 'users',
      tag: 'Users',
      readAccess: 'users.read',
      writeAccess: 'users.edit',
      recordSchema: userSchema,
      owner: users.photos,
      files,
    }),
  );
};
