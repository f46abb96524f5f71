import { z } from 'zod';
import {
  idSchema,
  listQuery,
  moneySchema,
  optionalText,
  pageOf,
  queryBoolean,
  requiredText,
  timestampSchema,
} from './common.js';

export const taskAssigneeSchema = z
  .object({
    userId: idSchema,
    firstName: z.string(),
    lastName: z.string(),
    photoUrl: z.string().nullable(),
    done: z.boolean(),
    doneAt: timestampSchema.nullable(),
  })
  .meta({ id: 'TaskAssignee' });
export type TaskAssignee = z.infer<typeof taskAssigneeSchema>;

export const taskSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    project: z.object({ id: idSchema, name: z.string() }),
    title: z.string(),
    description: z.string().nullable(),
    deadline: timestampSchema.nullable(),
    budget: moneySchema.nullable(),
    assigneeIds: z.array(idSchema),
    assignees: z.array(taskAssigneeSchema),
    isDone: z.boolean().describe('It has assignees and every one of them ticked their box'),
    doneAt: timestampSchema.nullable(),
    isOverdue: z.boolean().describe('Not done and the deadline has passed'),
    commentsCount: z.number().int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    createdBy: idSchema.nullable(),
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof taskSchema>;

const assigneeIds = z
  .array(idSchema)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, 'Each assignee once');

export const createTaskSchema = z.strictObject({
  projectId: idSchema,
  title: requiredText(300),
  description: optionalText(20_000),
  deadline: z.iso
    .datetime({ offset: true })
    .transform((v) => new Date(v).toISOString())
    .nullish()
    .transform((v) => v ?? null),
  budget: moneySchema.nullish().transform((v) => v ?? null),
  assigneeIds: assigneeIds.default([]),
});
export type CreateTaskRequest = z.input<typeof createTaskSchema>;
export const updateTaskSchema = z.strictObject({
  title: requiredText(300).optional(),
  description: optionalText(20_000).optional(),
  deadline: z.iso
    .datetime({ offset: true })
    .transform((v) => new Date(v).toISOString())
    .nullable()
    .optional(),
  budget: moneySchema.nullable().optional(),
  assigneeIds: assigneeIds
    .optional()
    .describe('When sent, replaces the assignees; those who stay keep their box'),
});
export type UpdateTaskRequest = z.input<typeof updateTaskSchema>;

export const taskSortFields = ['status', 'deadline', 'createdAt', 'updatedAt', 'title'] as const;
export const tasksListQuerySchema = listQuery(taskSortFields, 'status', {
  projectId: idSchema.optional(),
  teamId: idSchema.optional(),
  clientId: idSchema.optional(),
  assigneeId: idSchema.optional(),
  isDone: queryBoolean.optional(),
  isOverdue: queryBoolean.optional(),
}).describe('sort=status (the default): open tasks first, by deadline; done tasks last');
export type TasksListQuery = z.output<typeof tasksListQuerySchema>;
export const tasksPageSchema = pageOf(taskSchema);

export const doneRequestSchema = z.strictObject({ done: z.boolean() });
export const assigneeParams = z.object({ id: idSchema, userId: idSchema });

export const commentSchema = z
  .object({
    id: idSchema,
    taskId: idSchema,
    task: z.object({ id: idSchema, title: z.string() }),
    body: z.string(),
    authorId: idSchema.nullable(),
    author: z
      .object({
        id: idSchema,
        firstName: z.string(),
        lastName: z.string(),
        photoUrl: z.string().nullable(),
      })
      .nullable(),
    createdAt: timestampSchema,
    editedAt: timestampSchema.nullable(),
  })
  .meta({ id: 'Comment' });
export type Comment = z.infer<typeof commentSchema>;
export const commentBodySchema = z.strictObject({ body: z.string().trim().min(1).max(10_000) });
export const commentParams = z.object({ id: idSchema, commentId: idSchema });
export const commentsListQuerySchema = listQuery(['createdAt'] as const, '-createdAt', {});
export type CommentsListQuery = z.output<typeof commentsListQuerySchema>;
export const commentsPageSchema = pageOf(commentSchema);
