import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from 'helmet';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { API_PREFIX, registerAccess, type RouteAccess } from './platform/access/access.js';
import { liveSessions } from './platform/auth/liveSessions.js';
import { isSessionLive } from './platform/auth/sessions.repository.js';
import { accessTokens } from './platform/auth/tokens.js';
import type { DatabaseHandle } from './platform/db/database.js';
import { newId } from './platform/db/ids.js';
import { openFileStore } from './platform/files/store.js';
import { frameworkErrorHandler, problem, registerErrorHandling } from './platform/http/errors.js';
import { registerNulGuard } from './platform/http/text.js';
import { registerImageBodies } from './platform/http/images.js';
import { responseSerializer } from './platform/http/serializer.js';
import { authRoutes, createAuthService } from './modules/auth/index.js';
import { clientsRoutes, createClientsService } from './modules/clients/index.js';
import {
  communicationsRoutes,
  createCommunicationsService,
} from './modules/communications/index.js';
import { contactsRoutes, createContactsService } from './modules/contacts/index.js';
import { createProjectsService, projectsRoutes } from './modules/projects/index.js';
import { createTasksService, tasksRoutes } from './modules/tasks/index.js';
import { createTeamsService, teamsRoutes } from './modules/teams/index.js';
import { createUsersService, usersRoutes } from './modules/users/index.js';
import { adviceRoutes, createAdviceService } from './modules/advice/index.js';
import { createDocumentsService, documentsRoutes } from './modules/documents/index.js';
import { createHomeService, homeRoutes } from './modules/home/index.js';
import { createStatisticsService, statisticsRoutes } from './modules/statistics/index.js';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api/v1 route with its access rule, for the access tests. */
    routeTable: RouteAccess[];
    /** Set when shutdown begins: /readyz answers 503 so a load balancer stops sending traffic. */
    draining: boolean;
    /** Requests being handled and when the last one arrived: shutdown waits for quiet. */
    activity: { inflight: number; lastRequestAt: number };
  }
}

/**
 * Builds the HTTP application: platform plumbing first, then every module, registered
 * explicitly. Does not listen and does not migrate; `main.ts` and the tests do that.
 */
export async function buildApp({ config, database }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Slow clients (slowloris): the headers must arrive within headersTimeoutMs, the whole
    // request within requestTimeoutMs; Node answers 408 and closes the connection otherwise,
    // checking every connection each second (its default is every 30 s).
    requestTimeout: config.requestTimeoutMs,
    serverFactory: (handler) =>
      createServer(
        {
          headersTimeout: config.headersTimeoutMs,
          requestTimeout: config.requestTimeoutMs,
          connectionsCheckingInterval: 1000,
        },
        handler,
      ),
    requestIdHeader: 'x-request-id',
    genReqId: () => newId(),
    // While closing, requests already on a connection finish normally; the listener is closed to new ones.
    return503OnClosing: false,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer({ verify: config.verifyResponses }));
  registerErrorHandling(app);
  registerNulGuard(app);
  registerImageBodies(app);
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 20 },
  });

  // The security headers, computed once: the Fastify plugin for Helmet builds them again for
  // every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only makes sense behind TLS; a reverse proxy that terminates TLS should send it.
    strictTransportSecurity: config.trustProxy ? undefined : false,
  });
  app.addHook('onRequest', (req, reply, done) => {
    securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined));
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'IT CRM API',
        version: '1.0.0',
        description:
          'The HTTP API of the CRM. Errors are RFC 9457 problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const tokens = accessTokens(config.jwtSecret, config.accessTokenTtlSeconds);
  const live = liveSessions((sessionId) => isSessionLive(database.db, sessionId));
  app.decorate('routeTable', registerAccess(app, tokens, live.isLive));

  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, () => ({ status: 'ok' }));
  app.decorate('draining', false);
  const activity = { inflight: 0, lastRequestAt: 0 };
  app.decorate('activity', activity);
  app.addHook('onRequest', async () => {
    activity.inflight++;
    activity.lastRequestAt = Date.now();
  });
  app.addHook('onResponse', async () => {
    activity.inflight--;
  });
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    if (app.draining) {
      return reply
        .status(503)
        .type('application/problem+json')
        .send(problem('UNAVAILABLE', 'Shutting down'));
    }
    try {
      await database.ping();
      return { status: 'ready' };
    } catch {
      return reply
        .status(503)
        .type('application/problem+json')
        .send(problem('UNAVAILABLE', 'The database does not answer'));
    }
  });

  if (config.benchRoutes) {
    // The practical limit of this server on this machine: a constant JSON body of a given size.
    const bodies = new Map<number, string>();
    app.get('/bench/constant', { schema: { hide: true } }, (req, reply) => {
      const bytes = Math.min(
        Math.max(Number((req.query as { bytes?: string }).bytes) || 100, 20),
        5_000_000,
      );
      let body = bodies.get(bytes);
      if (!body) {
        body = JSON.stringify({ data: 'x'.repeat(bytes - 11) });
        bodies.set(bytes, body);
      }
      return reply.type('application/json; charset=utf-8').send(body);
    });
  }

  const db = database.db;
  const files = openFileStore(config);
  const users = createUsersService({ db, files, live });
  const auth = createAuthService({ db, tokens, config, live });
  const clients = createClientsService({ db });
  const contacts = createContactsService({ db });
  const communications = createCommunicationsService({ db });
  const teams = createTeamsService({ db });
  const projects = createProjectsService({ db });
  const tasks = createTasksService({ db });
  const documents = createDocumentsService({ db, files });
  const advice = createAdviceService({ db });
  const home = createHomeService({ db, tasks, projects, communications });
  const statistics = createStatisticsService({ db });

  await app.register(
    async (api) => {
      const z = api.withTypeProvider<ZodTypeProvider>();
      await z.register(authRoutes, { auth, users });
      await z.register(usersRoutes, { users, files });
      await z.register(clientsRoutes, { clients, files });
      await z.register(contactsRoutes, { contacts, files });
      await z.register(communicationsRoutes, { communications });
      await z.register(teamsRoutes, { teams });
      await z.register(projectsRoutes, { projects });
      await z.register(tasksRoutes, { tasks });
      await z.register(documentsRoutes, { documents, files, maxBytes: config.uploadMaxBytes });
      await z.register(adviceRoutes, { advice });
      await z.register(homeRoutes, { home });
      await z.register(statisticsRoutes, { statistics });
    },
    { prefix: API_PREFIX },
  );

  if (existsSync(path.join(config.webDir, 'index.html'))) {
    await serveWebApp(app, config.webDir);
  }
  return app;
}

/** The built web app: hashed assets cached for good, index.html for every client-side route. */
async function serveWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    setHeaders: (res, file) => {
      void res.header(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    const url = req.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/') || url.startsWith('/assets/')) {
      return reply.callNotFound();
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
