import { z } from 'zod';
import { idSchema, moneySchema, timestampSchema } from './common.js';
import { communicationSchema } from './communications.js';
import { projectSchema } from './projects.js';
import { taskSchema } from './tasks.js';
import { roleSchema } from './auth.js';

export const managerHomeSchema = z
  .object({
    myClients: z.object({ total: z.number().int(), vip: z.number().int() }),
    myTasks: z.object({
      openCount: z.number().int(),
      overdueCount: z.number().int(),
      items: z
        .array(taskSchema)
        .describe(
          "Open tasks of my clients' projects, overdue first, then by deadline (at most 10)",
        ),
    }),
    recentCommunications: z
      .array(communicationSchema)
      .describe('Mine and on my clients, newest first (at most 10)'),
    projectsAtRisk: z
      .array(projectSchema)
      .describe("My clients' open projects with overdue tasks or over budget (at most 10)"),
    figures: z.object({
      clients: z.number().int(),
      tipsWritten: z.number().int(),
      tasksCreated: z.number().int(),
      communicationsLast30Days: z.number().int(),
      budgetOfMyClientsProjects: z.array(moneySchema).describe('Per currency'),
    }),
  })
  .meta({ id: 'ManagerHome' });
export type ManagerHome = z.infer<typeof managerHomeSchema>;

/** How many of each team's active projects the developer's home lists. */
export const HOME_TEAM_PROJECTS = 10;

export const developerHomeSchema = z
  .object({
    myTasks: z.object({
      openCount: z.number().int(),
      overdueCount: z.number().int(),
      items: z
        .array(taskSchema)
        .describe('My open tasks, overdue first, then by deadline (at most 50)'),
    }),
    myTeams: z.array(
      z.object({
        id: idSchema,
        name: z.string(),
        isLead: z.boolean(),
        activeProjectsCount: z.number().int().describe("All the team's active projects"),
        activeProjects: z
          .array(projectSchema)
          .describe(`The first ${HOME_TEAM_PROJECTS} active projects by name`),
      }),
    ),
  })
  .meta({ id: 'DeveloperHome' });
export type DeveloperHome = z.infer<typeof developerHomeSchema>;

export const adminHomeSchema = z
  .object({
    usersByRole: z.object({
      admin: z.number().int(),
      manager: z.number().int(),
      developer: z.number().int(),
      inactive: z.number().int(),
    }),
    recentSignIns: z.array(
      z.object({
        id: idSchema,
        username: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        role: roleSchema,
        lastLoginAt: timestampSchema,
      }),
    ),
  })
  .meta({ id: 'AdminHome' });
export type AdminHome = z.infer<typeof adminHomeSchema>;
