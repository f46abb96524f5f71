import { adminHomeSchema, developerHomeSchema, managerHomeSchema } from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/access/access.js';
import { problems } from '../../platform/http/openapi.js';
import type { HomeService } from './home.service.js';

const tags = ['Home'];

export const homeRoutes: FastifyPluginAsyncZod<{ home: HomeService }> = async (app, { home }) => {
  app.get('/home/manager', {
    config: { access: 'home.manager' },
    schema: {
      tags,
      summary: "The manager's start page (admins too)",
      response: { 200: managerHomeSchema, ...problems(401, 403) },
    },
    handler: (req) => home.manager(actorOf(req)),
  });
  app.get('/home/mine', {
    config: { access: 'home.mine' },
    schema: {
      tags,
      summary: 'My open tasks and my teams (the developer start page)',
      response: { 200: developerHomeSchema, ...problems(401) },
    },
    handler: (req) => home.mine(actorOf(req)),
  });
  app.get('/home/admin', {
    config: { access: 'home.admin' },
    schema: {
      tags,
      summary: 'Users by role and recent sign-ins (admins)',
      response: { 200: adminHomeSchema, ...problems(401, 403) },
    },
    handler: () => home.admin(),
  });
};
