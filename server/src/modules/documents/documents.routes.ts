import {
  documentFieldsSchema,
  documentSchema,
  documentsListQuerySchema,
  documentsPageSchema,
  idParams,
  updateDocumentSchema,
} from '@crm/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/access/access.js';
import type { FileStore } from '../../platform/files/store.js';
import { AppError, fieldErrorsFromIssues } from '../../platform/http/errors.js';
import { noContent, problems } from '../../platform/http/openapi.js';
import { attachmentHeader, receiveUpload } from '../../platform/http/uploads.js';
import type { DocumentsService } from './documents.service.js';

const tags = ['Documents'];

export const documentsRoutes: FastifyPluginAsyncZod<{
  documents: DocumentsService;
  files: FileStore;
  maxBytes: number;
}> = async (app, { documents, files, maxBytes }) => {
  const upload = (req: Parameters<typeof receiveUpload>[0], requireFile: boolean) =>
    receiveUpload(req, files, { maxBytes, keyPrefix: 'documents', requireFile });

  app.get('/documents', {
    config: { access: 'documents' },
    schema: {
      tags,
      summary: 'Documents: search (title, description, file name), filters, sorting',
      querystring: documentsListQuerySchema,
      response: { 200: documentsPageSchema, ...problems(400, 401, 403) },
    },
    handler: (req) => documents.list(req.query),
  });

  app.post('/documents', {
    config: { access: 'documents' },
    schema: {
      tags,
      summary: `Upload a document: multipart/form-data with a "file" part (≤ ${Math.round(maxBytes / 1048576)} MB) and the fields title, description, clientId, projectId, taskId`,
      consumes: ['multipart/form-data'],
      response: { 201: documentSchema, ...problems(400, 401, 403, 413, 415) },
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      const { fields, file } = await upload(req, true);
      if (!file) throw new AppError('VALIDATION_FAILED', 'The file is missing');
      try {
        const parsed = documentFieldsSchema.safeParse(fields);
        if (!parsed.success) {
          throw new AppError(
            'VALIDATION_FAILED',
            'Invalid fields',
            fieldErrorsFromIssues(parsed.error.issues),
          );
        }
        const doc = await documents.create(actor, parsed.data, file);
        return await reply.status(201).header('location', `/api/v1/documents/${doc.id}`).send(doc);
      } catch (err) {
        await files.remove(file.key);
        throw err;
      }
    },
  });

  app.get('/documents/:id', {
    config: { access: 'documents' },
    schema: {
      tags,
      summary: 'One document',
      params: idParams,
      response: { 200: documentSchema, ...problems(401, 403, 404) },
    },
    handler: (req) => documents.get(req.params.id),
  });

  app.patch('/documents/:id', {
    config: { access: 'documents' },
    schema: {
      tags,
      summary: 'Change title, description or links',
      params: idParams,
      body: updateDocumentSchema,
      response: { 200: documentSchema, ...problems(400, 401, 403, 404) },
    },
    handler: (req) => documents.update(actorOf(req), req.params.id, req.body),
  });

  app.delete('/documents/:id', {
    config: { access: 'documents' },
    schema: {
      tags,
      summary: 'Delete a document and its file',
      params: idParams,
      response: { 204: noContent, ...problems(401, 403, 404) },
    },
    handler: async (req, reply) => {
      await documents.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  });

  app.put('/documents/:id/file', {
    config: { access: 'documents' },
    schema: {
      tags,
      summary: 'Replace the file (multipart/form-data, part "file"); the record stays',
      params: idParams,
      consumes: ['multipart/form-data'],
      response: { 200: documentSchema, ...problems(400, 401, 403, 404, 413, 415) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await documents.get(req.params.id);
      const { file } = await upload(req, true);
      if (!file) throw new AppError('VALIDATION_FAILED', 'The file is missing');
      try {
        return await documents.replaceFile(actor, req.params.id, file);
      } catch (err) {
        await files.remove(file.key);
        throw err;
      }
    },
  });

  app.get('/documents/:id/file', {
    config: { access: 'documents' },
    schema: { tags, summary: 'Download the file', params: idParams },
    handler: async (req, reply) => {
      const f = await documents.file(req.params.id);
      return reply
        .type(f.contentType)
        .header('content-disposition', attachmentHeader(f.fileName))
        .header('content-length', String(f.size))
        .header('etag', `"${f.sha256}"`)
        .header('cache-control', 'private, no-cache')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('x-content-type-options', 'nosniff')
        .send(files.read(f.key));
    },
  });
};
