import { z } from 'zod';
import {
  idSchema,
  listQuery,
  optionalText,
  pageOf,
  queryBoolean,
  requiredText,
  timestampSchema,
} from './common.js';
import { contactDetailsSchema, contactDetailViewSchema } from './contactDetails.js';

export const clientTypes = ['individual', 'company'] as const;
export const clientTypeSchema = z.enum(clientTypes);
export const clientSources = [
  'referral',
  'website',
  'freelancePlatform',
  'conference',
  'coldOutreach',
  'partner',
  'other',
] as const;
export const clientSourceSchema = z.enum(clientSources);
export const builtInClientStatuses = ['lead', 'active', 'paused', 'former'] as const;

export const STATUS_KEY_PATTERN = /^[a-z][a-zA-Z0-9]{1,39}$/;
export const statusKeySchema = z
  .string()
  .regex(STATUS_KEY_PATTERN, 'A key in lowerCamelCase: letters and digits, 2–40 characters');

/** A person (user) shown next to a record: the manager, an author. */
export const personRefSchema = z
  .object({ id: idSchema, firstName: z.string(), lastName: z.string() })
  .meta({ id: 'PersonRef' });
export type PersonRef = z.infer<typeof personRefSchema>;

export const clientStatusSchema = z
  .object({
    key: z.string(),
    label: z.string().describe('Display name; built-in statuses are translated by key in the UI'),
    position: z.number().int(),
    isBuiltIn: z.boolean(),
  })
  .meta({ id: 'ClientStatus' });
export type ClientStatus = z.infer<typeof clientStatusSchema>;
export const createClientStatusSchema = z.strictObject({
  key: statusKeySchema,
  label: requiredText(60),
});
export const updateClientStatusSchema = z.strictObject({
  label: requiredText(60).optional(),
  position: z.number().int().min(0).max(1000).optional(),
});

export const clientSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    type: clientTypeSchema,
    isVip: z.boolean(),
    source: clientSourceSchema,
    status: z.string(),
    managerId: idSchema.nullable(),
    manager: personRefSchema.nullable(),
    marketingConsent: z.boolean(),
    notes: z.string().nullable(),
    contactDetails: z.array(contactDetailViewSchema),
    photoUrl: z.string().nullable(),
    contactsCount: z.number().int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    createdBy: idSchema.nullable(),
    updatedBy: idSchema.nullable(),
  })
  .meta({ id: 'Client' });
export type Client = z.infer<typeof clientSchema>;

const clientFields = {
  name: requiredText(200),
  type: clientTypeSchema,
  isVip: z.boolean().default(false),
  source: clientSourceSchema,
  status: statusKeySchema.default('lead'),
  managerId: idSchema.nullish().transform((v) => v ?? null),
  marketingConsent: z.boolean().default(false),
  notes: optionalText(10_000),
  contactDetails: contactDetailsSchema.default([]),
};
export const createClientSchema = z.strictObject(clientFields);
export type CreateClientRequest = z.input<typeof createClientSchema>;
export const updateClientSchema = z.strictObject({
  name: clientFields.name.optional(),
  type: clientTypeSchema.optional(),
  isVip: z.boolean().optional(),
  source: clientSourceSchema.optional(),
  status: statusKeySchema.optional(),
  managerId: idSchema.nullable().optional(),
  marketingConsent: z.boolean().optional(),
  notes: clientFields.notes.optional(),
  contactDetails: contactDetailsSchema.optional(),
});
export type UpdateClientRequest = z.input<typeof updateClientSchema>;

export const clientSortFields = ['name', 'createdAt', 'updatedAt'] as const;
export const clientsListQuerySchema = listQuery(clientSortFields, 'name', {
  type: clientTypeSchema.optional(),
  isVip: queryBoolean.optional(),
  source: clientSourceSchema.optional(),
  status: statusKeySchema.optional(),
  managerId: idSchema.optional(),
});
export type ClientsListQuery = z.output<typeof clientsListQuerySchema>;
export const clientsPageSchema = pageOf(clientSchema);

export const deleteClientQuerySchema = z.strictObject({
  cascade: queryBoolean
    .default(false)
    .describe(
      'Also delete the contacts and their communications; without it a client that has them answers 409',
    ),
});
