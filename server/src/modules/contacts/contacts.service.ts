import type { Contact, ContactsListQuery, Page } from '@crm/contracts';
import type { createContactSchema, updateContactSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/tokens.js';
import { recordAudit, type Executor } from '../../platform/db/audit.js';
import type { Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/http/errors.js';
import { photoOwner, photoUrl } from '../../platform/http/photos.js';
import { clientExists, readContactDetails, replaceContactDetails } from '../clients/index.js';
import * as repo from './contacts.repository.js';

function toContact(row: repo.ContactRow): Contact {
  return {
    id: row.id,
    clientId: row.clientId,
    client: { id: row.clientId, name: row.clientName },
    firstName: row.firstName,
    lastName: row.lastName,
    position: row.position,
    contactDetails: readContactDetails(row.contactDetails),
    notes: row.notes,
    photoUrl: photoUrl('contacts', row.id, row.photoKey),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}

async function requireClient(db: Executor, clientId: string): Promise<void> {
  if (!(await clientExists(db, clientId))) {
    throw new AppError('VALIDATION_FAILED', 'No such client', [
      { path: 'clientId', message: 'No such client' },
    ]);
  }
}

export function createContactsService({ db }: { db: Db }) {
  async function load(id: string): Promise<Contact> {
    const row = await repo.findContact(db, id);
    if (!row) throw new AppError('CONTACT_NOT_FOUND', `No contact with id ${id}`);
    return toContact(row);
  }

  return {
    async list(query: ContactsListQuery): Promise<Page<Contact>> {
      const page = await repo.listContacts(db, query);
      return { ...page, items: page.items.map(toContact) };
    },

    get: load,

    async create(actor: Actor, input: z.output<typeof createContactSchema>): Promise<Contact> {
      await requireClient(db, input.clientId);
      const id = newId();
      const now = nowIso();
      const { contactDetails, ...fields } = input;
      await db.transaction().execute(async (trx) => {
        await repo.insertContact(trx, {
          id,
          ...fields,
          createdAt: now,
          updatedAt: now,
          createdBy: actor.id,
          updatedBy: actor.id,
        });
        await replaceContactDetails(trx, 'contactId', id, contactDetails);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'create',
          entity: 'contact',
          entityId: id,
          changes: input,
        });
      });
      return load(id);
    },

    /** Changes a contact; moving them to another client moves their history with them. */
    async update(
      actor: Actor,
      id: string,
      input: z.output<typeof updateContactSchema>,
    ): Promise<Contact> {
      const current = await load(id);
      if (input.clientId) await requireClient(db, input.clientId);
      const { contactDetails, ...fields } = input;
      await db.transaction().execute(async (trx) => {
        await repo.updateContact(trx, id, { ...fields, updatedAt: nowIso(), updatedBy: actor.id });
        if (contactDetails) await replaceContactDetails(trx, 'contactId', id, contactDetails);
        if (input.clientId && input.clientId !== current.clientId)
          await repo.moveCommunications(trx, id, input.clientId);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'update',
          entity: 'contact',
          entityId: id,
          changes: input,
        });
      });
      return load(id);
    },

    /** Deletes a contact and their communications. */
    async remove(actor: Actor, id: string): Promise<{ photoKey: string | null }> {
      const row = await repo.findContact(db, id);
      if (!row) throw new AppError('CONTACT_NOT_FOUND', `No contact with id ${id}`);
      await db.transaction().execute(async (trx) => {
        const communications = await repo.deleteContactCascade(trx, id);
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'delete',
          entity: 'contact',
          entityId: id,
          changes: {
            name: `${row.firstName} ${row.lastName}`,
            clientId: row.clientId,
            communications,
          },
        });
      });
      return { photoKey: row.photoKey };
    },

    photos: photoOwner<Contact>({
      find: async (id) => {
        const row = await repo.findContact(db, id);
        if (!row) throw new AppError('CONTACT_NOT_FOUND', `No contact with id ${id}`);
        return row;
      },
      save: (id, changes) => repo.updateContact(db, id, changes),
      load,
    }),
  };
}

export type ContactsService = ReturnType<typeof createContactsService>;
