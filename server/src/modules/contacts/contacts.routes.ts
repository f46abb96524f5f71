import {
  contactSchema,
  contactsListQuerySchema,
  contactsPageSchema,
  createContactSchema,
  idParams,
  updateContactSchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/access/access.js';
import type { FileStore } from '../../platform/files/store.js';
import { noContent, problems } from '../../platform/http/openapi.js';
import { photoRoutes } from '../../platform/http/photos.js';
import type { ContactsService } from './contacts.service.js';

const tags = ['Contacts'];

export const contactsRoutes: FastifyPluginAsyncZod<{
  contacts: ContactsService;
  files: FileStore;
}> = async (app, { contacts, files }) => {
  app.get('/contacts', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary:
        'Contact persons: search (name, position, client, contact details), filter by client',
      querystring: contactsListQuerySchema,
      response: { 200: contactsPageSchema, ...problems(400, 401, 403) },
    },
    handler: (req) => contacts.list(req.query),
  });

  app.post('/contacts', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Create a contact person',
      body: createContactSchema,
      response: { 201: contactSchema, ...problems(400, 401, 403) },
    },
    handler: async (req, reply) => {
      const contact = await contacts.create(actorOf(req), req.body);
      return reply.status(201).header('location', `/api/v1/contacts/${contact.id}`).send(contact);
    },
  });

  app.get('/contacts/:id', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'One contact person',
      params: idParams,
      response: { 200: contactSchema, ...problems(401, 403, 404) },
    },
    handler: (req) => contacts.get(req.params.id),
  });

  app.patch('/contacts/:id', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Change a contact person (contactDetails, when sent, replace the list)',
      params: idParams,
      body: updateContactSchema,
      response: { 200: contactSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => contacts.update(actorOf(req), req.params.id, req.body),
  });

  app.delete('/contacts/:id', {
    config: { access: 'clients' },
    schema: {
      tags,
      summary: 'Delete a contact person and their communications',
      params: idParams,
      response: { 204: noContent, ...problems(401, 403, 404) },
    },
    handler: async (req, reply) => {
      const { photoKey } = await contacts.remove(actorOf(req), req.params.id);
      if (photoKey) await files.remove(photoKey);
      return reply.status(204).send();
    },
  });

  await app.register(
    photoRoutes({
      collection: 'contacts',
      tag: 'Contacts',
      readAccess: 'clients',
      writeAccess: 'clients',
      recordSchema: contactSchema,
      owner: contacts.photos,
      files,
    }),
  );
};
