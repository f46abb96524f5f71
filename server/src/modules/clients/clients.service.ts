import type { Client, ClientsListQuery, ClientStatus, FieldError, Page } from '@crm/contracts';
import type {
  createClientSchema,
  createClientStatusSchema,
  updateClientSchema,
  updateClientStatusSchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/tokens.js';
import { recordAudit } from '../../platform/db/audit.js';
import { isUniqueViolation, toBool, type Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/http/errors.js';
import { photoOwner, photoUrl } from '../../platform/http/photos.js';
import * as repo from './clients.repository.js';
import { readContactDetails, replaceContactDetails } from './contactDetails.repository.js';
import type { Executor } from '../../platform/db/audit.js';

type CreateInput = z.output<typeof createClientSchema>;
type UpdateInput = z.output<typeof updateClientSchema>;

function toClient(row: repo.ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    isVip: toBool(row.isVip),
    source: row.source as Client['source'],
    status: row.status,
    managerId: row.managerId,
    manager:
      row.managerId && row.managerFirstName !== null
        ? {
            id: row.managerId,
            firstName: row.managerFirstName,
            lastName: row.managerLastName ?? '',
          }
        : null,
    marketingConsent: toBool(row.marketingConsent),
    notes: row.notes,
    contactDetails: readContactDetails(row.contactDetails),
    photoUrl: photoUrl('clients', row.id, row.photoKey),
    contactsCount: Number(row.contactsCount ?? 0),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}

/** The status must exist and the responsible person must be an active manager. */
async function checkReferences(
  db: Executor,
  input: { status?: string; managerId?: string | null },
): Promise<void> {
  const errors: FieldError[] = [];
  if (input.status !== undefined && !(await repo.findStatus(db, input.status))) {
    errors.push({ path: 'status', message: 'No such client status' });
  }
  if (input.managerId && !(await repo.isActiveManager(db, input.managerId))) {
    errors.push({ path: 'managerId', message: 'Must be an active user with the manager role' });
  }
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', 'Invalid references', errors);
}

const toStatus = (r: Awaited<ReturnType<typeof repo.listStatuses>>[number]): ClientStatus => ({
  key: r.key,
  label: r.label,
  position: r.position,
  isBuiltIn: toBool(r.isBuiltIn),
});

export function createClientsService({ db }: { db: Db }) {
  async function load(id: string): Promise<Client> {
    const row = await repo.findClient(db, id);
    if (!row) throw new AppError('CLIENT_NOT_FOUND', `No client with id ${id}`);
    return toClient(row);
  }

  return {
    async list(query: ClientsListQuery): Promise<Page<Client>> {
      const page = await repo.listClients(db, query);
      return { ...page, items: page.items.map(toClient) };
    },

    get: load,

    async create(actor: Actor, input: CreateInput): Promise<Client> {
      await checkReferences(db, input);
      const id = newId();
      const now = nowIso();
      const { contactDetails, ...fields } = input;
      await db.transaction().execute(async (trx) => {
        await repo.insertClient(trx, {
          id,
          ...fields,
          createdAt: now,
          updatedAt: now,
          createdBy: actor.id,
          updatedBy: actor.id,
        });
        await replaceContactDetails(trx, 'clientId', id, contactDetails);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'create',
          entity: 'client',
          entityId: id,
          changes: input,
        });
      });
      return load(id);
    },

    async update(actor: Actor, id: string, input: UpdateInput): Promise<Client> {
      await load(id);
      await checkReferences(db, input);
      const { contactDetails, ...fields } = input;
      await db.transaction().execute(async (trx) => {
        await repo.updateClient(trx, id, { ...fields, updatedAt: nowIso(), updatedBy: actor.id });
        if (contactDetails) await replaceContactDetails(trx, 'clientId', id, contactDetails);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'update',
          entity: 'client',
          entityId: id,
          changes: input,
        });
      });
      return load(id);
    },

    /**
     * Deletes a client. One with contacts or communications is refused (409) unless the caller
     * confirms the cascade, which removes them too, in one transaction. One with projects is
     * always refused: projects carry tasks, budgets and the team's work.
     */
    async remove(actor: Actor, id: string, cascade: boolean): Promise<{ photoKey: string | null }> {
      const row = await repo.findClient(db, id);
      if (!row) throw new AppError('CLIENT_NOT_FOUND', `No client with id ${id}`);
      await db.transaction().execute(async (trx) => {
        const deps = await repo.clientDependents(trx, id);
        if (deps.projects > 0) {
          throw new AppError(
            'CLIENT_NOT_EMPTY',
            `The client has ${deps.projects} project(s); delete or move them first (projects are never deleted with a client)`,
          );
        }
        if (!cascade && (deps.contacts > 0 || deps.communications > 0)) {
          throw new AppError(
            'CLIENT_NOT_EMPTY',
            `The client has ${deps.contacts} contact(s) and ${deps.communications} communication(s); delete with cascade=true to remove them too`,
          );
        }
        await repo.deleteClientCascade(trx, id);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'delete',
          entity: 'client',
          entityId: id,
          changes: { name: row.name, ...deps },
        });
      });
      return { photoKey: row.photoKey };
    },

    photos: photoOwner<Client>({
      find: async (id) => {
        const row = await repo.findClient(db, id);
        if (!row) throw new AppError('CLIENT_NOT_FOUND', `No client with id ${id}`);
        return row;
      },
      save: (id, changes) => repo.updateClient(db, id, changes),
      load,
    }),

    statuses: {
      async list(): Promise<ClientStatus[]> {
        return (await repo.listStatuses(db)).map(toStatus);
      },
      async create(
        actor: Actor,
        input: z.output<typeof createClientStatusSchema>,
      ): Promise<ClientStatus> {
        const existing = await repo.listStatuses(db);
        const position = Math.max(0, ...existing.map((s) => s.position)) + 10;
        try {
          await repo.insertStatus(db, {
            key: input.key,
            label: input.label,
            position,
            isBuiltIn: false,
          });
        } catch (err) {
          if (isUniqueViolation(err))
            throw new AppError('STATUS_TAKEN', `Status ${input.key} exists`, [
              { path: 'key', message: 'Taken' },
            ]);
          throw err;
        }
        await recordAudit(db, {
          actorId: actor.id,
          action: 'create',
          entity: 'clientStatus',
          entityId: input.key,
          changes: input,
        });
        return toStatus((await repo.findStatus(db, input.key))!);
      },
      async update(
        actor: Actor,
        key: string,
        input: z.output<typeof updateClientStatusSchema>,
      ): Promise<ClientStatus> {
        if (!(await repo.findStatus(db, key))) throw new AppError('CLIENT_STATUS_NOT_FOUND');
        await repo.updateStatus(db, key, input);
        await recordAudit(db, {
          actorId: actor.id,
          action: 'update',
          entity: 'clientStatus',
          entityId: key,
          changes: input,
        });
        return toStatus((await repo.findStatus(db, key))!);
      },
      async remove(actor: Actor, key: string): Promise<void> {
        const status = await repo.findStatus(db, key);
        if (!status) throw new AppError('CLIENT_STATUS_NOT_FOUND');
        if (toBool(status.isBuiltIn))
          throw new AppError('FORBIDDEN', 'Built-in statuses cannot be deleted');
        const used = await repo.statusUsage(db, key);
        if (used > 0) throw new AppError('STATUS_IN_USE', `${used} client(s) have this status`);
        await repo.deleteStatus(db, key);
        await recordAudit(db, {
          actorId: actor.id,
          action: 'delete',
          entity: 'clientStatus',
          entityId: key,
        });
      },
    },
  };
}

export type ClientsService = ReturnType<typeof createClientsService>;
