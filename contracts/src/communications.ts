import { z } from 'zod';
import { idSchema, listQuery, optionalText, pageOf, timestampSchema } from './common.js';
import { personRefSchema } from './clients.js';

export const channels = [
  'email',
  'phone',
  'meeting',
  'videoCall',
  'messenger',
  'social',
  'postalMail',
  'fax',
  'other',
] as const;
export const channelSchema = z.enum(channels);
export type Channel = z.infer<typeof channelSchema>;
export const directions = ['incoming', 'outgoing'] as const;
export const directionSchema = z.enum(directions);
export type Direction = z.infer<typeof directionSchema>;

/** How far in the future a communication may be dated (clock skew, time zones). */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

export const communicationSchema = z
  .object({
    id: idSchema,
    contactId: idSchema,
    contact: z.object({ id: idSchema, firstName: z.string(), lastName: z.string() }),
    clientId: idSchema,
    client: z.object({ id: idSchema, name: z.string() }),
    occurredAt: timestampSchema,
    channel: channelSchema,
    channelNote: z.string().nullable(),
    direction: directionSchema,
    description: z.string(),
    projectId: idSchema.nullable(),
    taskId: idSchema.nullable(),
    documentId: idSchema.nullable(),
    authorId: idSchema.nullable(),
    author: personRefSchema.nullable(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'Communication' });
export type Communication = z.infer<typeof communicationSchema>;

const occurredAt = z.iso
  .datetime({ offset: true })
  .transform((v) => new Date(v).toISOString())
  .refine((v) => Date.parse(v) <= Date.now() + MAX_FUTURE_MS, {
    message: 'Cannot be more than a day in the future',
  })
  .refine((v) => v >= '1990-01-01', { message: 'Too far in the past' });

const links = {
  projectId: idSchema.nullish().transform((v) => v ?? null),
  taskId: idSchema.nullish().transform((v) => v ?? null),
  documentId: idSchema.nullish().transform((v) => v ?? null),
};

export const createCommunicationSchema = z.strictObject({
  contactId: idSchema,
  occurredAt: occurredAt.optional().describe('When it happened; defaults to now'),
  channel: channelSchema,
  channelNote: optionalText(200),
  direction: directionSchema,
  description: z.string().trim().min(1).max(20_000),
  ...links,
});
export type CreateCommunicationRequest = z.input<typeof createCommunicationSchema>;

export const updateCommunicationSchema = z.strictObject({
  occurredAt: occurredAt.optional(),
  channel: channelSchema.optional(),
  channelNote: optionalText(200).optional(),
  direction: directionSchema.optional(),
  description: z.string().trim().min(1).max(20_000).optional(),
  projectId: links.projectId.optional(),
  taskId: links.taskId.optional(),
  documentId: links.documentId.optional(),
});
export type UpdateCommunicationRequest = z.input<typeof updateCommunicationSchema>;

export const communicationSortFields = ['occurredAt', 'createdAt'] as const;
const historyFilters = {
  channel: channelSchema.optional(),
  direction: directionSchema.optional(),
  authorId: idSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('occurredAt ≥ from'),
  to: z.iso.datetime({ offset: true }).optional().describe('occurredAt < to'),
};
/** A history (of a contact or a client): newest first by default. */
export const historyQuerySchema = listQuery(communicationSortFields, '-occurredAt', historyFilters);
export type HistoryQuery = z.output<typeof historyQuerySchema>;
export const communicationsListQuerySchema = listQuery(communicationSortFields, '-occurredAt', {
  ...historyFilters,
  contactId: idSchema.optional(),
  clientId: idSchema.optional(),
  projectId: idSchema.optional(),
  taskId: idSchema.optional(),
  documentId: idSchema.optional(),
});
export type CommunicationsListQuery = z.output<typeof communicationsListQuerySchema>;
export const communicationsPageSchema = pageOf(communicationSchema);
