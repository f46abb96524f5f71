import type {
  Communication,
  CommunicationsListQuery,
  FieldError,
  HistoryQuery,
  Page,
} from '@crm/contracts';
import type { createCommunicationSchema, updateCommunicationSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/tokens.js';
import { recordAudit, writeAudited } from '../../platform/db/audit.js';
import type { Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { checkedWhenEmpty } from '../../platform/db/paging.js';
import { AppError } from '../../platform/http/errors.js';
import { clientExists } from '../clients/index.js';
import { findContact } from '../contacts/index.js';
import { findDocument } from '../documents/index.js';
import { findProject } from '../projects/index.js';
import { findTask } from '../tasks/index.js';
import * as repo from './communications.repository.js';

function toCommunication(r: Omit<repo.CommunicationRow, 'clientManagerId'>): Communication {
  return {
    id: r.id,
    contactId: r.contactId,
    contact: { id: r.contactId, firstName: r.contactFirstName, lastName: r.contactLastName },
    clientId: r.clientId,
    client: { id: r.clientId, name: r.clientName },
    occurredAt: r.occurredAt,
    channel: r.channel as Communication['channel'],
    channelNote: r.channelNote,
    direction: r.direction,
    description: r.description,
    projectId: r.projectId,
    taskId: r.taskId,
    documentId: r.documentId,
    authorId: r.authorId,
    author:
      r.authorId && r.authorFirstName !== null
        ? { id: r.authorId, firstName: r.authorFirstName, lastName: r.authorLastName ?? '' }
        : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

type Links = { projectId?: string | null; taskId?: string | null; documentId?: string | null };

/**
 * A communication may name the project and task it was about; they must be the same client's
 * (and the task in the project, when both are named). Documents come with their module; until
 * then no document id can be valid.
 */
async function checkLinks(db: Db, actor: Actor, clientId: string, input: Links): Promise<void> {
  const errors: FieldError[] = [];
  const now = nowIso();
  if (input.projectId) {
    const project = await findProject(db, actor, input.projectId, now);
    if (!project) errors.push({ path: 'projectId', message: 'No such project' });
    else if (project.clientId !== clientId)
      errors.push({ path: 'projectId', message: "Not a project of this contact's client" });
  }
  if (input.taskId) {
    const task = await findTask(db, actor, input.taskId);
    const taskProject = task ? await findProject(db, actor, task.projectId, now) : undefined;
    if (!task || !taskProject) errors.push({ path: 'taskId', message: 'No such task' });
    else if (taskProject.clientId !== clientId)
      errors.push({ path: 'taskId', message: "Not a task of this contact's client" });
    else if (input.projectId && task.projectId !== input.projectId)
      errors.push({ path: 'taskId', message: 'Not a task of that project' });
  }
  if (input.documentId) {
    const document = await findDocument(db, input.documentId);
    if (!document) errors.push({ path: 'documentId', message: 'No such document' });
    else if (document.clientId && document.clientId !== clientId) {
      errors.push({ path: 'documentId', message: "Not a document of this contact's client" });
    }
  }
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', 'Invalid links', errors);
}

const mayChange = (actor: Actor, row: repo.CommunicationRow) =>
  actor.role === 'admin' || row.authorId === actor.id;

export function createCommunicationsService({ db }: { db: Db }) {
  async function mustFind(id: string): Promise<repo.CommunicationRow> {
    const row = await repo.findCommunication(db, id);
    if (!row) throw new AppError('COMMUNICATION_NOT_FOUND', `No communication with id ${id}`);
    return row;
  }
  const page = async (
    filters: repo.CommunicationFilters,
    q: HistoryQuery,
  ): Promise<Page<Communication>> => {
    const result = await repo.listCommunications(db, filters, q);
    return { ...result, items: result.items.map(toCommunication) };
  };
  /**
   * The history of a record anyone who may read histories may see, the record looked up only
   * when the history is empty (`checkedWhenEmpty`). A project's or a task's is looked up first:
   * histories are not read within the actor's scope, and whether the actor may see the project
   * decides whether its history is shown.
   */
  const historyOf = (
    filters: repo.CommunicationFilters,
    q: HistoryQuery,
    exists: () => Promise<unknown>,
    missing: 'CLIENT_NOT_FOUND' | 'CONTACT_NOT_FOUND' | 'DOCUMENT_NOT_FOUND',
  ): Promise<Page<Communication>> =>
    checkedWhenEmpty(page(filters, q), async () => {
      if (!(await exists())) throw new AppError(missing);
    });

  return {
    list: (q: CommunicationsListQuery) => page(q, q),

    /** Written by the user or on their clients, newest first. */
    recentFor: async (userId: string, limit: number): Promise<Communication[]> =>
      (await repo.recentInvolving(db, userId, limit)).map(toCommunication),

    /** One contact's history, newest first. */
    contactHistory: (contactId: string, q: HistoryQuery) =>
      historyOf({ ...q, contactId }, q, () => findContact(db, contactId), 'CONTACT_NOT_FOUND'),

    /** Communications about a project. */
    async projectHistory(
      actor: Actor,
      projectId: string,
      q: HistoryQuery,
    ): Promise<Page<Communication>> {
      if (!(await findProject(db, actor, projectId, nowIso())))
        throw new AppError('PROJECT_NOT_FOUND');
      return page({ ...q, projectId }, q);
    },

    /** Communications that mention a document. */
    documentHistory: (documentId: string, q: HistoryQuery) =>
      historyOf({ ...q, documentId }, q, () => findDocument(db, documentId), 'DOCUMENT_NOT_FOUND'),

    /** Communications about a task. */
    async taskHistory(actor: Actor, taskId: string, q: HistoryQuery): Promise<Page<Communication>> {
      if (!(await findTask(db, actor, taskId))) throw new AppError('TASK_NOT_FOUND');
      return page({ ...q, taskId }, q);
    },

    /** A client's history: the union of its contacts' histories — and only theirs. */
    clientHistory: (clientId: string, q: HistoryQuery) =>
      historyOf({ ...q, clientId }, q, () => clientExists(db, clientId), 'CLIENT_NOT_FOUND'),

    async get(id: string): Promise<Communication> {
      return toCommunication(await mustFind(id));
    },

    /** Logs a communication; the author is the caller, the client is the contact's. */
    async create(
      actor: Actor,
      input: z.output<typeof createCommunicationSchema>,
    ): Promise<Communication> {
      const found = await repo.contactAndAuthor(db, input.contactId, actor.id);
      if (!found) {
        throw new AppError('VALIDATION_FAILED', 'No such contact', [
          { path: 'contactId', message: 'No such contact' },
        ]);
      }
      await checkLinks(db, actor, found.clientId, input);
      const now = nowIso();
      const row = {
        id: newId(),
        contactId: found.id,
        clientId: found.clientId,
        occurredAt: input.occurredAt ?? now,
        channel: input.channel,
        channelNote: input.channelNote,
        direction: input.direction,
        description: input.description,
        projectId: input.projectId,
        taskId: input.taskId,
        documentId: input.documentId,
        authorId: actor.id,
        createdAt: now,
        updatedAt: now,
      };
      await writeAudited(db, (q) => repo.insertCommunication(q, row), {
        actorId: actor.id,
        action: 'create',
        entity: 'communication',
        entityId: row.id,
      });
      // The answer is what was written, with the names read before it: nothing is read back.
      return toCommunication({ ...found, ...row });
    },

    /** Only the author or an admin changes a communication. */
    async update(
      actor: Actor,
      id: string,
      input: z.output<typeof updateCommunicationSchema>,
    ): Promise<Communication> {
      const row = await mustFind(id);
      if (!mayChange(actor, row))
        throw new AppError('FORBIDDEN', 'Only the author or an admin may change this');
      const links = {
        projectId: input.projectId === undefined ? row.projectId : input.projectId,
        taskId: input.taskId === undefined ? row.taskId : input.taskId,
        documentId: input.documentId === undefined ? row.documentId : input.documentId,
      };
      await checkLinks(db, actor, row.clientId, links);
      const fields = input;
      await db.transaction().execute(async (trx) => {
        await repo.updateCommunication(trx, id, { ...fields, updatedAt: nowIso() });
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'update',
          entity: 'communication',
          entityId: id,
          changes: fields,
        });
      });
      return this.get(id);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const row = await mustFind(id);
      if (!mayChange(actor, row))
        throw new AppError('FORBIDDEN', 'Only the author or an admin may delete this');
      await db.transaction().execute(async (trx) => {
        await repo.deleteCommunication(trx, id);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'delete',
          entity: 'communication',
          entityId: id,
          changes: { contactId: row.contactId },
        });
      });
    },
  };
}

export type CommunicationsService = ReturnType<typeof createCommunicationsService>;
