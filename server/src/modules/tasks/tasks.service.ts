import type { Comment, CommentsListQuery, FieldError, Page, Task } from '@crm/contracts';
import type { createTaskSchema, updateTaskSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/tokens.js';
import { recordAudit, type Executor } from '../../platform/db/audit.js';
import { toBool, type Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { fromMinor, toMinor } from '../../platform/db/money.js';
import { checkedWhenEmpty } from '../../platform/db/paging.js';
import { AppError } from '../../platform/http/errors.js';
import { photoUrl } from '../../platform/http/photos.js';
import { findProject } from '../projects/index.js';
import * as comments from './comments.repository.js';
import * as repo from './tasks.repository.js';

type CreateInput = z.output<typeof createTaskSchema>;
type UpdateInput = z.output<typeof updateTaskSchema>;

function toTask(r: repo.TaskRow, assignees: repo.AssigneeRow[], now: string): Task {
  const isDone = toBool(r.isDone);
  return {
    id: r.id,
    projectId: r.projectId,
    project: { id: r.projectId, name: r.projectName },
    title: r.title,
    description: r.description,
    deadline: r.deadline,
    budget: r.budgetAmount === null ? null : fromMinor(r.budgetAmount, r.currency),
    assigneeIds: assignees.map((a) => a.userId),
    assignees: assignees.map((a) => ({
      userId: a.userId,
      firstName: a.firstName,
      lastName: a.lastName,
      photoUrl: photoUrl('users', a.userId, a.photoKey),
      done: toBool(a.done),
      doneAt: a.doneAt,
    })),
    isDone,
    doneAt: r.doneAt,
    isOverdue: !isDone && r.deadline !== null && r.deadline < now,
    commentsCount: Number(r.commentsCount ?? 0),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    createdBy: r.createdBy,
  };
}

function toComment(r: comments.CommentRow): Comment {
  return {
    id: r.id,
    taskId: r.taskId,
    task: { id: r.taskId, title: r.taskTitle },
    body: r.body,
    authorId: r.authorId,
    author:
      r.authorId && r.authorFirstName !== null
        ? {
            id: r.authorId,
            firstName: r.authorFirstName,
            lastName: r.authorLastName ?? '',
            photoUrl: photoUrl('users', r.authorId, r.authorPhotoKey),
          }
        : null,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
  };
}

export function createTasksService({ db }: { db: Db }) {
  async function mustFind(
    actor: Actor,
    id: string,
    executor: Executor = db,
  ): Promise<repo.TaskRow> {
    const row = await repo.findTask(executor, actor, id);
    // A task of another team's project answers exactly like a missing one.
    if (!row) throw new AppError('TASK_NOT_FOUND', `No task with id ${id}`);
    return row;
  }
  async function load(actor: Actor, id: string): Promise<Task> {
    const row = await mustFind(actor, id);
    return toTask(row, await repo.assigneesOf(db, [id]), nowIso());
  }

  /** Assignees must be active users; developers among them must be in the project's team. */
  async function checkAssignees(teamId: string, ids: string[]): Promise<void> {
    const users = await repo.activeUsersWithRoles(db, ids);
    const members = await repo.teamMembersAmong(db, teamId, ids);
    const errors: FieldError[] = [];
    ids.forEach((id, i) => {
      const role = users.get(id);
      if (!role) errors.push({ path: `assigneeIds.${i}`, message: 'No such active user' });
      else if (role === 'developer' && !members.has(id)) {
        errors.push({
          path: `assigneeIds.${i}`,
          message: "Developers must be members of the project's team",
        });
      }
    });
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', 'Invalid assignees', errors);
  }

  function checkCurrency(budget: { currency: string } | null | undefined, currency: string): void {
    if (budget && budget.currency !== currency) {
      throw new AppError('VALIDATION_FAILED', "A task's budget is in its project's currency", [
        { path: 'budget.currency', message: `Must be ${currency}, the project's currency` },
      ]);
    }
  }

  return {
    async list(actor: Actor, query: repo.TaskQuery): Promise<Page<Task>> {
      const now = nowIso();
      const page = await repo.listTasks(db, actor, query, now);
      const assignees = await repo.assigneesOf(
        db,
        page.items.map((t) => t.id),
      );
      return {
        ...page,
        items: page.items.map((t) =>
          toTask(
            t,
            assignees.filter((a) => a.taskId === t.id),
            now,
          ),
        ),
      };
    },

    get: load,

    async create(actor: Actor, input: CreateInput): Promise<Task> {
      const project = await findProject(db, actor, input.projectId, nowIso());
      if (!project)
        throw new AppError('VALIDATION_FAILED', 'No such project', [
          { path: 'projectId', message: 'No such project' },
        ]);
      checkCurrency(input.budget, project.budgetCurrency);
      await checkAssignees(project.teamId, input.assigneeIds);
      const id = newId();
      const now = nowIso();
      await db.transaction().execute(async (trx) => {
        await repo.insertTask(trx, {
          id,
          projectId: input.projectId,
          title: input.title,
          description: input.description,
          deadline: input.deadline,
          budgetAmount: input.budget ? toMinor(input.budget.amount) : null,
          isDone: false,
          createdAt: now,
          updatedAt: now,
          createdBy: actor.id,
          updatedBy: actor.id,
        });
        await repo.replaceAssignees(trx, id, input.assigneeIds);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'create',
          entity: 'task',
          entityId: id,
          changes: input,
        });
      });
      return load(actor, id);
    },

    async update(actor: Actor, id: string, input: UpdateInput): Promise<Task> {
      const task = await mustFind(actor, id);
      checkCurrency(input.budget, task.currency);
      if (input.assigneeIds) await checkAssignees(task.teamId, input.assigneeIds);
      const now = nowIso();
      const { assigneeIds, budget, ...fields } = input;
      await db.transaction().execute(async (trx) => {
        await repo.updateTask(trx, id, {
          ...fields,
          ...(budget !== undefined ? { budgetAmount: budget ? toMinor(budget.amount) : null } : {}),
          updatedAt: now,
          updatedBy: actor.id,
        });
        if (assigneeIds) {
          await repo.replaceAssignees(trx, id, assigneeIds);
          await repo.refreshTaskDone(trx, id, now);
        }
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'update',
          entity: 'task',
          entityId: id,
          changes: input,
        });
      });
      return load(actor, id);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const task = await mustFind(actor, id);
      await db.transaction().execute(async (trx) => {
        await repo.deleteTask(trx, id);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'delete',
          entity: 'task',
          entityId: id,
          changes: { title: task.title },
        });
      });
    },

    /**
     * Ticks or unticks a personal done box. Only that assignee may, not even a manager for them;
     * the task becomes done exactly when every assignee has ticked.
     */
    async setDone(actor: Actor, id: string, userId: string, done: boolean): Promise<Task> {
      // The task is looked up only when nothing was ticked: 404 for one not there or not the
      // actor's, before telling them it is not their box.
      if (actor.id !== userId) {
        await mustFind(actor, id);
        throw new AppError('FORBIDDEN', 'Only the assignee ticks their own box');
      }
      if (!(await repo.tickBox(db, actor, id, userId, done, nowIso()))) {
        await mustFind(actor, id);
        throw new AppError('NOT_ASSIGNEE', 'You are not an assignee of this task');
      }
      return load(actor, id);
    },

    comments: {
      /**
       * A task's comments, read within the actor's scope: the task is looked up only when there
       * are none (`checkedWhenEmpty`; 404 for a task not there or not theirs).
       */
      async list(actor: Actor, taskId: string, q: CommentsListQuery): Promise<Page<Comment>> {
        const page = await checkedWhenEmpty(comments.listComments(db, actor, { taskId }, q), () =>
          mustFind(actor, taskId),
        );
        return { ...page, items: page.items.map(toComment) };
      },

      /** The project's feed: the comments of all its tasks (the project looked up the same way). */
      async forProject(
        actor: Actor,
        projectId: string,
        q: CommentsListQuery,
      ): Promise<Page<Comment>> {
        const page = await checkedWhenEmpty(
          comments.listComments(db, actor, { projectId }, q),
          async () => {
            if (!(await findProject(db, actor, projectId, nowIso())))
              throw new AppError('PROJECT_NOT_FOUND');
          },
        );
        return { ...page, items: page.items.map(toComment) };
      },

      async create(actor: Actor, taskId: string, body: string): Promise<Comment> {
        const task = await mustFind(actor, taskId);
        const id = newId();
        await comments.insertComment(db, {
          id,
          taskId,
          projectId: task.projectId,
          authorId: actor.id,
          body,
          createdAt: nowIso(),
          editedAt: null,
        });
        return toComment((await comments.findComment(db, actor, taskId, id))!);
      },

      async update(
        actor: Actor,
        taskId: string,
        commentId: string,
        body: string,
      ): Promise<Comment> {
        const row = await comments.findComment(db, actor, taskId, commentId);
        if (!row) throw new AppError('COMMENT_NOT_FOUND');
        if (row.authorId !== actor.id)
          throw new AppError('FORBIDDEN', 'Only the author edits a comment');
        await comments.updateComment(db, commentId, body, nowIso());
        return toComment((await comments.findComment(db, actor, taskId, commentId))!);
      },

      async remove(actor: Actor, taskId: string, commentId: string): Promise<void> {
        const row = await comments.findComment(db, actor, taskId, commentId);
        if (!row) throw new AppError('COMMENT_NOT_FOUND');
        if (row.authorId !== actor.id && actor.role !== 'admin')
          throw new AppError('FORBIDDEN', 'Only the author or an admin deletes a comment');
        await comments.deleteComment(db, commentId);
      },
    },
  };
}

export type TasksService = ReturnType<typeof createTasksService>;
