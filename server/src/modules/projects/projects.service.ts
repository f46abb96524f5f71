import type { FieldError, Page, Project } from '@crm/contracts';
import type { createProjectSchema, updateProjectSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/tokens.js';
import { recordAudit } from '../../platform/db/audit.js';
import type { Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { fromMinor, toMinor } from '../../platform/db/money.js';
import { AppError } from '../../platform/http/errors.js';
import { clientExists } from '../clients/index.js';
import { findTeam } from '../teams/index.js';
import * as repo from './projects.repository.js';

export function toProject(r: repo.ProjectRow): Project {
  const total = Number(r.tasksTotal ?? 0);
  const done = Number(r.tasksDone ?? 0);
  const tasksBudget = Number(r.tasksBudget ?? 0);
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    clientId: r.clientId,
    client: { id: r.clientId, name: r.clientName },
    teamId: r.teamId,
    team: { id: r.teamId, name: r.teamName },
    budget: fromMinor(r.budgetAmount, r.budgetCurrency),
    status: r.status,
    startDate: r.startDate,
    deadline: r.deadline,
    state: {
      tasksTotal: total,
      tasksDone: done,
      tasksOverdue: Number(r.tasksOverdue ?? 0),
      progress: total === 0 ? 0 : done / total,
    },
    tasksBudget: fromMinor(tasksBudget, r.budgetCurrency),
    budgetState: tasksBudget > Number(r.budgetAmount) ? 'over' : 'within',
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    createdBy: r.createdBy,
  };
}

export function createProjectsService({ db }: { db: Db }) {
  async function load(actor: Actor, id: string): Promise<Project> {
    const row = await repo.findProject(db, actor, id, nowIso());
    // Invisible and missing look the same: a developer learns nothing about other teams' work.
    if (!row) throw new AppError('PROJECT_NOT_FOUND', `No project with id ${id}`);
    return toProject(row);
  }

  async function checkReferences(input: { clientId?: string; teamId?: string }): Promise<void> {
    const errors: FieldError[] = [];
    if (input.clientId && !(await clientExists(db, input.clientId)))
      errors.push({ path: 'clientId', message: 'No such client' });
    if (input.teamId && !(await findTeam(db, input.teamId)))
      errors.push({ path: 'teamId', message: 'No such team' });
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', 'Invalid references', errors);
  }

  return {
    async list(actor: Actor, query: repo.ProjectQuery): Promise<Page<Project>> {
      const page = await repo.listProjects(db, actor, query, nowIso());
      return { ...page, items: page.items.map(toProject) };
    },

    get: load,

    async create(actor: Actor, input: z.output<typeof createProjectSchema>): Promise<Project> {
      await checkReferences(input);
      const id = newId();
      const now = nowIso();
      const { budget, ...fields } = input;
      await db.transaction().execute(async (trx) => {
        await repo.insertProject(trx, {
          id,
          ...fields,
          budgetAmount: toMinor(budget.amount),
          budgetCurrency: budget.currency,
          createdAt: now,
          updatedAt: now,
          createdBy: actor.id,
          updatedBy: actor.id,
        });
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'create',
          entity: 'project',
          entityId: id,
          changes: input,
        });
      });
      return load(actor, id);
    },

    async update(
      actor: Actor,
      id: string,
      input: z.output<typeof updateProjectSchema>,
    ): Promise<Project> {
      const current = await load(actor, id);
      await checkReferences(input);
      const { budget, ...fields } = input;
      const start = input.startDate === undefined ? current.startDate : input.startDate;
      const deadline = input.deadline === undefined ? current.deadline : input.deadline;
      if (start && deadline && deadline < start) {
        throw new AppError('VALIDATION_FAILED', 'The deadline is before the start', [
          { path: 'deadline', message: 'Before the start date' },
        ]);
      }
      await db.transaction().execute(async (trx) => {
        await repo.updateProject(trx, id, {
          ...fields,
          ...(budget
            ? { budgetAmount: toMinor(budget.amount), budgetCurrency: budget.currency }
            : {}),
          updatedAt: nowIso(),
          updatedBy: actor.id,
        });
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'update',
          entity: 'project',
          entityId: id,
          changes: input,
        });
      });
      return load(actor, id);
    },

    /** Deletes a project; one with tasks only when the caller confirms the cascade. */
    async remove(actor: Actor, id: string, cascade: boolean): Promise<void> {
      const project = await load(actor, id);
      if (project.state.tasksTotal > 0 && !cascade) {
        throw new AppError(
          'PROJECT_NOT_EMPTY',
          `The project has ${project.state.tasksTotal} task(s); delete with cascade=true to remove them too`,
        );
      }
      await db.transaction().execute(async (trx) => {
        await repo.deleteProjectCascade(trx, id);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'delete',
          entity: 'project',
          entityId: id,
          changes: { name: project.name, tasks: project.state.tasksTotal },
        });
      });
    },
  };
}

export type ProjectsService = ReturnType<typeof createProjectsService>;
