import { z } from 'zod';
import {
  idSchema,
  listQuery,
  optionalText,
  pageOf,
  requiredText,
  timestampSchema,
} from './common.js';
import { personRefSchema } from './clients.js';

export const documentSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    description: z.string().nullable(),
    clientId: idSchema.nullable(),
    client: z.object({ id: idSchema, name: z.string() }).nullable(),
    projectId: idSchema.nullable(),
    project: z.object({ id: idSchema, name: z.string() }).nullable(),
    taskId: idSchema.nullable(),
    task: z.object({ id: idSchema, title: z.string() }).nullable(),
    authorId: idSchema.nullable(),
    author: personRefSchema.nullable(),
    fileName: z.string().describe('The original file name, as uploaded'),
    fileSize: z.number().int().describe('Bytes'),
    contentType: z.string(),
    sha256: z.string().describe('Hex SHA-256 of the stored bytes'),
    downloadUrl: z.string(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'Document' });
export type DocumentRecord = z.infer<typeof documentSchema>;

/**
 * The text fields of a document upload (multipart/form-data fields next to the `file` part).
 * Empty strings count as absent, as HTML forms send them.
 */
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
export const documentFieldsSchema = z.strictObject({
  title: requiredText(300),
  description: optionalText(10_000),
  clientId: z.preprocess(emptyToUndefined, idSchema.optional()),
  projectId: z.preprocess(emptyToUndefined, idSchema.optional()),
  taskId: z.preprocess(emptyToUndefined, idSchema.optional()),
});
export type DocumentFields = z.input<typeof documentFieldsSchema>;

export const updateDocumentSchema = z.strictObject({
  title: requiredText(300).optional(),
  description: optionalText(10_000).optional(),
  clientId: idSchema.nullable().optional(),
  projectId: idSchema.nullable().optional(),
  taskId: idSchema.nullable().optional(),
});
export type UpdateDocumentRequest = z.input<typeof updateDocumentSchema>;

export const documentSortFields = ['title', 'createdAt', 'updatedAt', 'fileSize'] as const;
export const documentsListQuerySchema = listQuery(documentSortFields, '-createdAt', {
  clientId: idSchema.optional(),
  projectId: idSchema.optional(),
  taskId: idSchema.optional(),
  authorId: idSchema.optional(),
});
export type DocumentsListQuery = z.output<typeof documentsListQuerySchema>;
export const documentsPageSchema = pageOf(documentSchema);
