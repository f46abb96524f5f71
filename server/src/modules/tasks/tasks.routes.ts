import {
  assigneeParams,
  commentBodySchema,
  commentParams,
  commentSchema,
  commentsListQuerySchema,
  commentsPageSchema,
  createTaskSchema,
  doneRequestSchema,
  idParams,
  taskSchema,
  tasksListQuerySchema,
  tasksPageSchema,
  updateTaskSchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/access/access.js';
import { noContent, problems } from '../../platform/http/openapi.js';
import type { TasksService } from './tasks.service.js';

const tags = ['Tasks'];

export const tasksRoutes: FastifyPluginAsyncZod<{ tasks: TasksService }> = async (
  app,
  { tasks },
) => {
  app.get('/tasks', {
    config: { access: 'delivery.read' },
    schema: {
      tags,
      summary:
        'Tasks (developers: of their teams’ projects only); open first by deadline, done last',
      querystring: tasksListQuerySchema,
      response: { 200: tasksPageSchema, ...problems(400, 401) },
    },
    handler: (req) => tasks.list(actorOf(req), req.query),
  });

  app.post('/tasks', {
    config: { access: 'delivery.manage' },
    schema: {
      tags,
      summary: 'Create a task',
      body: createTaskSchema,
      response: { 201: taskSchema, ...problems(400, 401, 403) },
    },
    handler: async (req, reply) => {
      const task = await tasks.create(actorOf(req), req.body);
      return reply.status(201).header('location', `/api/v1/tasks/${task.id}`).send(task);
    },
  });

  app.get('/tasks/:id', {
    config: { access: 'delivery.read' },
    schema: {
      tags,
      summary: 'One task',
      params: idParams,
      response: { 200: taskSchema, ...problems(401, 404) },
    },
    handler: (req) => tasks.get(actorOf(req), req.params.id),
  });

  app.patch('/tasks/:id', {
    config: { access: 'delivery.manage' },
    schema: {
      tags,
      summary: 'Change a task',
      params: idParams,
      body: updateTaskSchema,
      response: { 200: taskSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => tasks.update(actorOf(req), req.params.id, req.body),
  });

  app.delete('/tasks/:id', {
    config: { access: 'delivery.manage' },
    schema: {
      tags,
      summary: 'Delete a task and its comments',
      params: idParams,
      response: { 204: noContent, ...problems(401, 403, 404) },
    },
    handler: async (req, reply) => {
      await tasks.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  });

  app.put('/tasks/:id/assignees/:userId/done', {
    config: { access: 'tasks.participate' },
    schema: {
      tags,
      summary: 'Tick or untick your own done box (only the assignee themself)',
      params: assigneeParams,
      body: doneRequestSchema,
      response: { 200: taskSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => tasks.setDone(actorOf(req), req.params.id, req.params.userId, req.body.done),
  });

  const commentTags = ['Comments'];
  app.get('/tasks/:id/comments', {
    config: { access: 'delivery.read' },
    schema: {
      tags: commentTags,
      summary: "A task's comments, newest first",
      params: idParams,
      querystring: commentsListQuerySchema,
      response: { 200: commentsPageSchema, ...problems(400, 401, 404) },
    },
    handler: (req) => tasks.comments.list(actorOf(req), req.params.id, req.query),
  });

  app.post('/tasks/:id/comments', {
    config: { access: 'tasks.participate' },
    schema: {
      tags: commentTags,
      summary: 'Comment on a task you can see',
      params: idParams,
      body: commentBodySchema,
      response: { 201: commentSchema, ...problems(400, 401, 404) },
    },
    handler: async (req, reply) => {
      const c = await tasks.comments.create(actorOf(req), req.params.id, req.body.body);
      return reply
        .status(201)
        .header('location', `/api/v1/tasks/${req.params.id}/comments/${c.id}`)
        .send(c);
    },
  });

  app.patch('/tasks/:id/comments/:commentId', {
    config: { access: 'tasks.participate' },
    schema: {
      tags: commentTags,
      summary: 'Edit your comment',
      params: commentParams,
      body: commentBodySchema,
      response: { 200: commentSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) =>
      tasks.comments.update(actorOf(req), req.params.id, req.params.commentId, req.body.body),
  });

  app.delete('/tasks/:id/comments/:commentId', {
    config: { access: 'tasks.participate' },
    schema: {
      tags: commentTags,
      summary: 'Delete your comment (admins: any)',
      params: commentParams,
      response: { 204: noContent, ...problems(401, 403, 404) },
    },
    handler: async (req, reply) => {
      await tasks.comments.remove(actorOf(req), req.params.id, req.params.commentId);
      return reply.status(204).send();
    },
  });

  app.get('/projects/:id/comments', {
    config: { access: 'delivery.read' },
    schema: {
      tags: commentTags,
      summary: "The project's feed: comments of all its tasks, newest first",
      params: idParams,
      querystring: commentsListQuerySchema,
      response: { 200: commentsPageSchema, ...problems(400, 401, 404) },
    },
    handler: (req) => tasks.comments.forProject(actorOf(req), req.params.id, req.query),
  });
};
