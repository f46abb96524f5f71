import {
  adviceCommentSchema,
  adviceCommentsPageSchema,
  adviceListQuerySchema,
  advicePageSchema,
  adviceSchema,
  adviceTopicSchema,
  commentBodySchema,
  commentParams,
  commentsListQuerySchema,
  createAdviceSchema,
  idParams,
  updateAdviceSchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access/access.js';
import { noContent, problems } from '../../platform/http/openapi.js';
import type { AdviceService } from './advice.service.js';

const tags = ['Advisor'];

export const adviceRoutes: FastifyPluginAsyncZod<{ advice: AdviceService }> = async (
  app,
  { advice },
) => {
  app.get('/advice', {
    config: { access: 'advice' },
    schema: {
      tags,
      summary: 'Tips: full-text search (sort=relevance ranks), filter by topic and author',
      querystring: adviceListQuerySchema,
      response: { 200: advicePageSchema, ...problems(400, 401, 403) },
    },
    handler: (req) => advice.list(req.query),
  });

  app.get('/advice/topics', {
    config: { access: 'advice' },
    schema: {
      tags,
      summary: 'Topics in use, most used first',
      response: { 200: z.array(adviceTopicSchema), ...problems(401, 403) },
    },
    handler: () => advice.topics(),
  });

  app.post('/advice', {
    config: { access: 'advice' },
    schema: {
      tags,
      summary: 'Write a tip (Markdown text)',
      body: createAdviceSchema,
      response: { 201: adviceSchema, ...problems(400, 401, 403) },
    },
    handler: async (req, reply) => {
      const tip = await advice.create(actorOf(req), req.body);
      return reply.status(201).header('location', `/api/v1/advice/${tip.id}`).send(tip);
    },
  });

  app.get('/advice/:id', {
    config: { access: 'advice' },
    schema: {
      tags,
      summary: 'One tip',
      params: idParams,
      response: { 200: adviceSchema, ...problems(401, 403, 404) },
    },
    handler: (req) => advice.get(req.params.id),
  });

  app.patch('/advice/:id', {
    config: { access: 'advice' },
    schema: {
      tags,
      summary: 'Edit a tip (its author or an admin)',
      params: idParams,
      body: updateAdviceSchema,
      response: { 200: adviceSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => advice.update(actorOf(req), req.params.id, req.body),
  });

  app.delete('/advice/:id', {
    config: { access: 'advice' },
    schema: {
      tags,
      summary: 'Delete a tip (its author or an admin)',
      params: idParams,
      response: { 204: noContent, ...problems(401, 403, 404) },
    },
    handler: async (req, reply) => {
      await advice.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  });

  app.get('/advice/:id/comments', {
    config: { access: 'advice' },
    schema: {
      tags,
      summary: "A tip's comments",
      params: idParams,
      querystring: commentsListQuerySchema,
      response: { 200: adviceCommentsPageSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => advice.comments.list(req.params.id, req.query),
  });

  app.post('/advice/:id/comments', {
    config: { access: 'advice' },
    schema: {
      tags,
      summary: 'Comment on a tip',
      params: idParams,
      body: commentBodySchema,
      response: { 201: adviceCommentSchema, ...problems(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const c = await advice.comments.create(actorOf(req), req.params.id, req.body.body);
      return reply
        .status(201)
        .header('location', `/api/v1/advice/${req.params.id}/comments/${c.id}`)
        .send(c);
    },
  });

  app.patch('/advice/:id/comments/:commentId', {
    config: { access: 'advice' },
    schema: {
      tags,
      summary: 'Edit your comment',
      params: commentParams,
      body: commentBodySchema,
      response: { 200: adviceCommentSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) =>
      advice.comments.update(actorOf(req), req.params.id, req.params.commentId, req.body.body),
  });

  app.delete('/advice/:id/comments/:commentId', {
    config: { access: 'advice' },
    schema: {
      tags,
      summary: 'Delete your comment (admins: any)',
      params: commentParams,
      response: { 204: noContent, ...problems(401, 403, 404) },
    },
    handler: async (req, reply) => {
      await advice.comments.remove(actorOf(req), req.params.id, req.params.commentId);
      return reply.status(204).send();
    },
  });
};
