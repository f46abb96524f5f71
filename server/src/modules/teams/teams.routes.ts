import {
  createTeamSchema,
  idParams,
  teamSchema,
  teamsListQuerySchema,
  teamsPageSchema,
  updateTeamSchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/access/access.js';
import { noContent, problems } from '../../platform/http/openapi.js';
import type { TeamsService } from './teams.service.js';

const tags = ['Teams'];

export const teamsRoutes: FastifyPluginAsyncZod<{ teams: TeamsService }> = async (
  app,
  { teams },
) => {
  app.get('/teams', {
    config: { access: 'delivery.read' },
    schema: {
      tags,
      summary: 'Teams with their members',
      querystring: teamsListQuerySchema,
      response: { 200: teamsPageSchema, ...problems(400, 401) },
    },
    handler: (req) => teams.list(actorOf(req), req.query),
  });

  app.post('/teams', {
    config: { access: 'delivery.manage' },
    schema: {
      tags,
      summary: 'Create a team',
      body: createTeamSchema,
      response: { 201: teamSchema, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => {
      const team = await teams.create(actorOf(req), req.body);
      return reply.status(201).header('location', `/api/v1/teams/${team.id}`).send(team);
    },
  });

  app.get('/teams/:id', {
    config: { access: 'delivery.read' },
    schema: {
      tags,
      summary: 'One team',
      params: idParams,
      response: { 200: teamSchema, ...problems(401, 404) },
    },
    handler: (req) => teams.get(actorOf(req), req.params.id),
  });

  app.patch('/teams/:id', {
    config: { access: 'delivery.manage' },
    schema: {
      tags,
      summary: 'Change a team; `members` replaces the list (exactly one lead)',
      params: idParams,
      body: updateTeamSchema,
      response: { 200: teamSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: (req) => teams.update(actorOf(req), req.params.id, req.body),
  });

  app.delete('/teams/:id', {
    config: { access: 'delivery.manage' },
    schema: {
      tags,
      summary: 'Delete a team without projects',
      params: idParams,
      response: { 204: noContent, ...problems(401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await teams.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  });
};
