import {
  communicationSchema,
  communicationsListQuerySchema,
  communicationsPageSchema,
  createCommunicationSchema,
  historyQuerySchema,
  idParams,
  updateCommunicationSchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/access/access.js';
import { noContent, problems } from '../../platform/http/openapi.js';
import type { CommunicationsService } from './communications.service.js';

const tags = ['Communications'];

export const communicationsRoutes: FastifyPluginAsyncZod<{
  communications: CommunicationsService;
}> = async (app, { communications }) => {
  app.get('/communications', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Communications, newest first, with filters',
      querystring: communicationsListQuerySchema,
      response: { 200: communicationsPageSchema, ...problems(400, 401, 403) },
    },
    handler: (req) => communications.list(req.query),
  });

  app.get('/contacts/:id/communications', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: "A contact person's communication history",
      params: idParams,
      querystring: historyQuerySchema,
      response: { 200: communicationsPageSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => communications.contactHistory(req.params.id, req.query),
  });

  app.get('/clients/:id/communications', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: "A client's communication history: the union of its contacts' histories",
      params: idParams,
      querystring: historyQuerySchema,
      response: { 200: communicationsPageSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => communications.clientHistory(req.params.id, req.query),
  });

  app.get('/projects/:id/communications', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Communications about a project',
      params: idParams,
      querystring: historyQuerySchema,
      response: { 200: communicationsPageSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => communications.projectHistory(actorOf(req), req.params.id, req.query),
  });

  app.get('/documents/:id/communications', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Communications that mention a document',
      params: idParams,
      querystring: historyQuerySchema,
      response: { 200: communicationsPageSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => communications.documentHistory(req.params.id, req.query),
  });

  app.get('/tasks/:id/communications', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Communications about a task',
      params: idParams,
      querystring: historyQuerySchema,
      response: { 200: communicationsPageSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => communications.taskHistory(actorOf(req), req.params.id, req.query),
  });

  app.post('/communications', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Log a communication with a contact person',
      body: createCommunicationSchema,
      response: { 201: communicationSchema, ...problems(400, 401, 403) },
    },
    handler: async (req, reply) => {
      const c = await communications.create(actorOf(req), req.body);
      return reply.status(201).header('location', `/api/v1/communications/${c.id}`).send(c);
    },
  });

  app.get('/communications/:id', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'One communication',
      params: idParams,
      response: { 200: communicationSchema, ...problems(401, 403, 404) },
    },
    handler: (req) => communications.get(req.params.id),
  });

  app.patch('/communications/:id', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Change a communication (its author or an admin)',
      params: idParams,
      body: updateCommunicationSchema,
      response: { 200: communicationSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => communications.update(actorOf(req), req.params.id, req.body),
  });

  app.delete('/communications/:id', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Delete a communication (its author or an admin)',
      params: idParams,
      response: { 204: noContent, ...problems(401, 403, 404) },
    },
    handler: async (req, reply) => {
      await communications.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  });
};
