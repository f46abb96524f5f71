import { z } from 'zod';
import {
  idSchema,
  listQuery,
  optionalText,
  pageOf,
  requiredText,
  timestampSchema,
} from './common.js';

export const teamMemberSchema = z
  .object({
    userId: idSchema,
    isLead: z.boolean(),
    firstName: z.string(),
    lastName: z.string(),
    role: z.enum(['admin', 'manager', 'developer']),
    photoUrl: z.string().nullable(),
  })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    description: z.string().nullable(),
    members: z.array(teamMemberSchema),
    projectsCount: z.number().int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof teamSchema>;

const membersInput = z
  .array(z.strictObject({ userId: idSchema, isLead: z.boolean().default(false) }))
  .max(100)
  .superRefine((members, ctx) => {
    const ids = new Set<string>();
    members.forEach((m, i) => {
      if (ids.has(m.userId))
        ctx.addIssue({ code: 'custom', message: 'Listed twice', path: [i, 'userId'] });
      ids.add(m.userId);
    });
    const leads = members.filter((m) => m.isLead).length;
    if (members.length > 0 && leads !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'Exactly one member must be the team lead',
        path: [],
      });
    }
  });

export const createTeamSchema = z.strictObject({
  name: requiredText(100),
  description: optionalText(2000),
  members: membersInput.default([]),
});
export type CreateTeamRequest = z.input<typeof createTeamSchema>;
export const updateTeamSchema = z.strictObject({
  name: requiredText(100).optional(),
  description: optionalText(2000).optional(),
  members: membersInput.optional().describe('When sent, replaces the member list'),
});
export type UpdateTeamRequest = z.input<typeof updateTeamSchema>;

export const teamSortFields = ['name', 'createdAt'] as const;
export const teamsListQuerySchema = listQuery(teamSortFields, 'name', {
  memberId: idSchema.optional(),
});
export type TeamsListQuery = z.output<typeof teamsListQuerySchema>;
export const teamsPageSchema = pageOf(teamSchema);
