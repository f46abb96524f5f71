import {
  clientStatisticsSchema,
  communicationStatisticsSchema,
  deliveryStatisticsSchema,
  statisticsQuerySchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problems } from '../../platform/http/openapi.js';
import type { StatisticsService } from './statistics.service.js';

const tags = ['Statistics'];

export const statisticsRoutes: FastifyPluginAsyncZod<{ statistics: StatisticsService }> = async (
  app,
  { statistics },
) => {
  app.get('/statistics/clients', {
    config: { access: 'statistics' },
    schema: {
      tags,
      summary:
        'Clients created in the range (of the manager): by status, source, type, manager; VIP; new per period',
      querystring: statisticsQuerySchema,
      response: { 200: clientStatisticsSchema, ...problems(400, 401, 403) },
    },
    handler: (req) => statistics.clients(req.query),
  });
  app.get('/statistics/communications', {
    config: { access: 'statistics' },
    schema: {
      tags,
      summary:
        'Communications in the range (logged by the manager): by channel, direction, manager; series per period',
      querystring: statisticsQuerySchema,
      response: { 200: communicationStatisticsSchema, ...problems(400, 401, 403) },
    },
    handler: (req) => statistics.communications(req.query),
  });
  app.get('/statistics/delivery', {
    config: { access: 'statistics' },
    schema: {
      tags,
      summary:
        "Projects and tasks created in the range (of the manager's clients): statuses, done/open/overdue, budget use",
      querystring: statisticsQuerySchema,
      response: { 200: deliveryStatisticsSchema, ...problems(400, 401, 403) },
    },
    handler: (req) => statistics.delivery(req.query),
  });
};
