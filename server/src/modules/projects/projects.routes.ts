import {
  createProjectSchema,
  deleteProjectQuerySchema,
  idParams,
  projectSchema,
  projectsListQuerySchema,
  projectsPageSchema,
  updateProjectSchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/access/access.js';
import { noContent, problems } from '../../platform/http/openapi.js';
import type { ProjectsService } from './projects.service.js';

const tags = ['Projects'];

export const projectsRoutes: FastifyPluginAsyncZod<{ projects: ProjectsService }> = async (
  app,
  { projects },
) => {
  app.get('/projects', {
    config: { access: 'delivery.read' },
    schema: {
      tags,
      summary: 'Projects with state and budget state (developers: their teams’ projects only)',
      querystring: projectsListQuerySchema,
      response: { 200: projectsPageSchema, ...problems(400, 401) },
    },
    handler: (req) => projects.list(actorOf(req), req.query),
  });

  app.post('/projects', {
    config: { access: 'delivery.manage' },
    schema: {
      tags,
      summary: 'Create a project',
      body: createProjectSchema,
      response: { 201: projectSchema, ...problems(400, 401, 403) },
    },
    handler: async (req, reply) => {
      const project = await projects.create(actorOf(req), req.body);
      return reply.status(201).header('location', `/api/v1/projects/${project.id}`).send(project);
    },
  });

  app.get('/projects/:id', {
    config: { access: 'delivery.read' },
    schema: {
      tags,
      summary: 'One project',
      params: idParams,
      response: { 200: projectSchema, ...problems(401, 404) },
    },
    handler: (req) => projects.get(actorOf(req), req.params.id),
  });

  app.patch('/projects/:id', {
    config: { access: 'delivery.manage' },
    schema: {
      tags,
      summary: 'Change a project',
      params: idParams,
      body: updateProjectSchema,
      response: { 200: projectSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => projects.update(actorOf(req), req.params.id, req.body),
  });

  app.delete('/projects/:id', {
    config: { access: 'delivery.manage' },
    schema: {
      tags,
      summary: 'Delete a project; one with tasks needs cascade=true',
      params: idParams,
      querystring: deleteProjectQuerySchema,
      response: { 204: noContent, ...problems(401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await projects.remove(actorOf(req), req.params.id, req.query.cascade);
      return reply.status(204).send();
    },
  });
};
