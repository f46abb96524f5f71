import {
  clientSchema,
  clientsListQuerySchema,
  clientsPageSchema,
  clientStatusSchema,
  createClientSchema,
  createClientStatusSchema,
  deleteClientQuerySchema,
  idParams,
  updateClientSchema,
  updateClientStatusSchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access/access.js';
import type { FileStore } from '../../platform/files/store.js';
import { noContent, problems } from '../../platform/http/openapi.js';
import { photoRoutes } from '../../platform/http/photos.js';
import type { ClientsService } from './clients.service.js';

const tags = ['Clients'];
const keyParams = z.object({ key: z.string().min(1).max(40) });

export const clientsRoutes: FastifyPluginAsyncZod<{
  clients: ClientsService;
  files: FileStore;
}> = async (app, { clients, files }) => {
  app.get('/clients', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Clients: search (name, contact details, manager), filters, sorting, paging',
      querystring: clientsListQuerySchema,
      response: { 200: clientsPageSchema, ...problems(400, 401, 403) },
    },
    handler: (req) => clients.list(req.query),
  });

  app.post('/clients', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Create a client',
      body: createClientSchema,
      response: { 201: clientSchema, ...problems(400, 401, 403) },
    },
    handler: async (req, reply) => {
      const client = await clients.create(actorOf(req), req.body);
      return reply.status(201).header('location', `/api/v1/clients/${client.id}`).send(client);
    },
  });

  app.get('/clients/:id', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'One client',
      params: idParams,
      response: { 200: clientSchema, ...problems(401, 403, 404) },
    },
    handler: (req) => clients.get(req.params.id),
  });

  app.patch('/clients/:id', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Change a client (contactDetails, when sent, replace the list)',
      params: idParams,
      body: updateClientSchema,
      response: { 200: clientSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => clients.update(actorOf(req), req.params.id, req.body),
  });

  app.delete('/clients/:id', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Delete a client; one with contacts or communications needs cascade=true',
      params: idParams,
      querystring: deleteClientQuerySchema,
      response: { 204: noContent, ...problems(401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      const { photoKey } = await clients.remove(actorOf(req), req.params.id, req.query.cascade);
      if (photoKey) await files.remove(photoKey);
      return reply.status(204).send();
    },
  });

  await app.register(
    photoRoutes({
      collection: 'clients',
      tag: 'Clients',
      readAccess: 'clients',
      writeAccess: 'clients',
      recordSchema: clientSchema,
      owner: clients.photos,
      files,
    }),
  );

  const statusTags = ['Client statuses'];
  app.get('/client-statuses', {
    config: { access: 'clients' },
    schema: {
      tags: statusTags,
      summary: 'Client statuses, in display order',
      response: { 200: z.array(clientStatusSchema), ...problems(401, 403) },
    },
    handler: () => clients.statuses.list(),
  });

  app.post('/client-statuses', {
    config: { access: 'clientStatuses.manage' },
    schema: {
      tags: statusTags,
      summary: 'Add a status (admins)',
      body: createClientStatusSchema,
      response: { 201: clientStatusSchema, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => {
      const status = await clients.statuses.create(actorOf(req), req.body);
      return reply
        .status(201)
        .header('location', `/api/v1/client-statuses/${status.key}`)
        .send(status);
    },
  });

  app.patch('/client-statuses/:key', {
    config: { access: 'clientStatuses.manage' },
    schema: {
      tags: statusTags,
      summary: 'Rename or reorder a status (admins)',
      params: keyParams,
      body: updateClientStatusSchema,
      response: { 200: clientStatusSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => clients.statuses.update(actorOf(req), req.params.key, req.body),
  });

  app.delete('/client-statuses/:key', {
    config: { access: 'clientStatuses.manage' },
    schema: {
      tags: statusTags,
      summary: 'Delete an added status no client has (admins)',
      params: keyParams,
      response: { 204: noContent, ...problems(401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await clients.statuses.remove(actorOf(req), req.params.key);
      return reply.status(204).send();
    },
  });
};
