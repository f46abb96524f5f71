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
import { recordAudit } from '../../platform/db/audit.js';
import type { Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/http/errors.js';
import { clientExists } from '../clients/index.js';
import { findContact } from '../contacts/index.js';
import * as repo from './communications.repository.js';

function toCommunication(r: repo.CommunicationRow): Communication {
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
    projectId: null,
    taskId: null,
    documentId: null,
    authorId: r.authorId,
    author:
      r.authorId && r.authorFirstName !== null
        ? { id: r.authorId, firstName: r.authorFirstName, lastName: r.authorLastName ?? '' }
        : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/**
 * Links to projects, tasks and documents are part of the contract; until those modules exist no
 * such record can be named, so any id sent is refused instead of stored dangling.
 */
function checkLinks(input: {
  projectId?: string | null;
  taskId?: string | null;
  documentId?: string | null;
}): void {
  const errors: FieldError[] = [];
  for (const key of ['projectId', 'taskId', 'documentId'] as const) {
    if (input[key]) errors.push({ path: key, message: 'No such record' });
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

  return {
    list: (q: CommunicationsListQuery) => page(q, q),

    /** One contact's history, newest first. */
    async contactHistory(contactId: string, q: HistoryQuery): Promise<Page<Communication>> {
      if (!(await findContact(db, contactId))) throw new AppError('CONTACT_NOT_FOUND');
      return page({ ...q, contactId }, q);
    },

    /** A client's history: the union of its contacts' histories — and only theirs. */
    async clientHistory(clientId: string, q: HistoryQuery): Promise<Page<Communication>> {
      if (!(await clientExists(db, clientId))) throw new AppError('CLIENT_NOT_FOUND');
      return page({ ...q, clientId }, q);
    },

    async get(id: string): Promise<Communication> {
      return toCommunication(await mustFind(id));
    },

    /** Logs a communication; the author is the caller, the client is the contact's. */
    async create(
      actor: Actor,
      input: z.output<typeof createCommunicationSchema>,
    ): Promise<Communication> {
      const contact = await findContact(db, input.contactId);
      if (!contact) {
        throw new AppError('VALIDATION_FAILED', 'No such contact', [
          { path: 'contactId', message: 'No such contact' },
        ]);
      }
      checkLinks(input);
      const id = newId();
      const now = nowIso();
      await db.transaction().execute(async (trx) => {
        await repo.insertCommunication(trx, {
          id,
          contactId: contact.id,
          clientId: contact.clientId,
          occurredAt: input.occurredAt ?? now,
          channel: input.channel,
          channelNote: input.channelNote,
          direction: input.direction,
          description: input.description,
          authorId: actor.id,
          createdAt: now,
          updatedAt: now,
        });
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'create',
          entity: 'communication',
          entityId: id,
        });
      });
      return this.get(id);
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
      checkLinks(input);
      const { projectId: _p, taskId: _t, documentId: _d, ...fields } = input;
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
