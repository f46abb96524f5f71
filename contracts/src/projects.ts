import { z } from 'zod';
import {
  dateSchema,
  idSchema,
  listQuery,
  moneySchema,
  optionalText,
  pageOf,
  queryBoolean,
  requiredText,
  timestampSchema,
} from './common.js';

export const projectStatuses = ['planned', 'active', 'onHold', 'completed', 'cancelled'] as const;
export const projectStatusSchema = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

export const projectStateSchema = z
  .object({
    tasksTotal: z.number().int(),
    tasksDone: z.number().int(),
    tasksOverdue: z.number().int(),
    progress: z.number().min(0).max(1).describe('tasksDone / tasksTotal; 0 without tasks'),
  })
  .meta({ id: 'ProjectState' });

export const projectSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    description: z.string().nullable(),
    clientId: idSchema,
    client: z
      .object({ id: idSchema, name: z.string() })
      .describe('Only the name: never contact data'),
    teamId: idSchema,
    team: z.object({ id: idSchema, name: z.string() }),
    budget: moneySchema,
    status: projectStatusSchema,
    startDate: dateSchema.nullable(),
    deadline: dateSchema.nullable(),
    state: projectStateSchema,
    tasksBudget: moneySchema.describe("The sum of its tasks' budgets"),
    budgetState: z.enum(['within', 'over']),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    createdBy: idSchema.nullable(),
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof projectSchema>;

const dates = <T extends { startDate?: string | null; deadline?: string | null }>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (v.startDate && v.deadline && v.deadline < v.startDate) {
    ctx.addIssue({
      code: 'custom',
      message: 'The deadline is before the start',
      path: ['deadline'],
    });
  }
};

export const createProjectSchema = z
  .strictObject({
    name: requiredText(200),
    description: optionalText(10_000),
    clientId: idSchema,
    teamId: idSchema,
    budget: moneySchema,
    status: projectStatusSchema.default('planned'),
    startDate: dateSchema.nullish().transform((v) => v ?? null),
    deadline: dateSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine(dates);
export type CreateProjectRequest = z.input<typeof createProjectSchema>;
export const updateProjectSchema = z
  .strictObject({
    name: requiredText(200).optional(),
    description: optionalText(10_000).optional(),
    clientId: idSchema.optional(),
    teamId: idSchema.optional(),
    budget: moneySchema.optional(),
    status: projectStatusSchema.optional(),
    startDate: dateSchema.nullable().optional(),
    deadline: dateSchema.nullable().optional(),
  })
  .superRefine(dates);
export type UpdateProjectRequest = z.input<typeof updateProjectSchema>;

export const projectSortFields = ['name', 'deadline', 'createdAt', 'updatedAt', 'status'] as const;
export const projectsListQuerySchema = listQuery(projectSortFields, 'name', {
  clientId: idSchema.optional(),
  teamId: idSchema.optional(),
  status: projectStatusSchema.optional(),
  overBudget: queryBoolean.optional(),
});
export type ProjectsListQuery = z.output<typeof projectsListQuerySchema>;
export const projectsPageSchema = pageOf(projectSchema);
export const deleteProjectQuerySchema = z.strictObject({
  cascade: queryBoolean
    .default(false)
    .describe(
      'Also delete its tasks and their comments; without it a project with tasks answers 409',
    ),
});
