import { z } from 'zod';
import {
  idSchema,
  listQuery,
  optionalText,
  pageOf,
  requiredText,
  timestampSchema,
} from './common.js';
import { contactDetailsSchema, contactDetailViewSchema } from './contactDetails.js';

export const contactSchema = z
  .object({
    id: idSchema,
    clientId: idSchema,
    client: z.object({ id: idSchema, name: z.string() }),
    firstName: z.string(),
    lastName: z.string(),
    position: z.string().nullable(),
    contactDetails: z.array(contactDetailViewSchema),
    notes: z.string().nullable(),
    photoUrl: z.string().nullable(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    createdBy: idSchema.nullable(),
    updatedBy: idSchema.nullable(),
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof contactSchema>;

export const createContactSchema = z.strictObject({
  clientId: idSchema,
  firstName: requiredText(100),
  lastName: optionalText(100).transform((v) => v ?? ''),
  position: optionalText(150),
  contactDetails: contactDetailsSchema.default([]),
  notes: optionalText(10_000),
});
export type CreateContactRequest = z.input<typeof createContactSchema>;
export const updateContactSchema = z.strictObject({
  clientId: idSchema.optional(),
  firstName: requiredText(100).optional(),
  lastName: optionalText(100)
    .transform((v) => v ?? '')
    .optional(),
  position: optionalText(150).optional(),
  contactDetails: contactDetailsSchema.optional(),
  notes: optionalText(10_000).optional(),
});
export type UpdateContactRequest = z.input<typeof updateContactSchema>;

export const contactSortFields = ['lastName', 'createdAt', 'updatedAt'] as const;
export const contactsListQuerySchema = listQuery(contactSortFields, 'lastName', {
  clientId: idSchema.optional(),
});
export type ContactsListQuery = z.output<typeof contactsListQuerySchema>;
export const contactsPageSchema = pageOf(contactSchema);
