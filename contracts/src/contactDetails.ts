import { z } from 'zod';

export const contactDetailKinds = [
  'address',
  'postalAddress',
  'phone',
  'fax',
  'email',
  'social',
  'website',
] as const;
export const contactDetailKindSchema = z.enum(contactDetailKinds);
export type ContactDetailKind = z.infer<typeof contactDetailKindSchema>;

/** Networks offered in the UI; any name is accepted (free text). */
export const socialNetworks = [
  'Telegram',
  'Viber',
  'WhatsApp',
  'LinkedIn',
  'Facebook',
  'Instagram',
  'X',
  'Other',
] as const;

const PHONE = /^\+?[0-9 ()./-]{5,40}$/;
const emailCheck = z.email();
const urlCheck = z.url({ protocol: /^https?$/ });

/**
 * One way to reach a client or a contact person. The value is checked by kind: an e-mail must be
 * an e-mail, a website an http(s) URL, a phone or fax a phone number; a social network entry
 * names its network.
 */
export const contactDetailSchema = z
  .object({
    kind: contactDetailKindSchema,
    value: z.string().trim().min(1).max(500),
    network: z
      .string()
      .trim()
      .max(40)
      .nullish()
      .transform((v) => (v ? v : null)),
    label: z
      .string()
      .trim()
      .max(60)
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((d, ctx) => {
    const bad = (message: string, path = 'value') =>
      ctx.addIssue({ code: 'custom', message, path: [path] });
    switch (d.kind) {
      case 'email':
        if (!emailCheck.safeParse(d.value).success) bad('Not an e-mail address');
        break;
      case 'website':
        if (!urlCheck.safeParse(d.value).success) bad('Not a web address (http:// or https://)');
        break;
      case 'phone':
      case 'fax':
        if (!PHONE.test(d.value)) bad('Not a phone number');
        break;
      case 'social':
        if (!d.network) bad('Name the network', 'network');
        break;
      case 'address':
      case 'postalAddress':
        break;
    }
    if (d.kind !== 'social' && d.network)
      bad('Only social network entries have a network', 'network');
  })
  .meta({ id: 'ContactDetailInput' });
export type ContactDetail = z.output<typeof contactDetailSchema>;
export type ContactDetailInput = z.input<typeof contactDetailSchema>;

export const contactDetailsSchema = z.array(contactDetailSchema).max(30);

/** A contact detail as the API returns it (no input normalisation, so it can serialize). */
export const contactDetailViewSchema = z
  .object({
    kind: contactDetailKindSchema,
    value: z.string(),
    network: z.string().nullable(),
    label: z.string().nullable(),
  })
  .meta({ id: 'ContactDetailView' });
