import { z } from 'zod';

export const idSchema = z.string().min(1).max(64).describe('Opaque identifier');
export const idParams = z.object({ id: idSchema });

export const timestampSchema = z.iso.datetime().describe('ISO 8601 UTC timestamp');
/** A calendar date without time, `YYYY-MM-DD`. */
export const dateSchema = z.iso.date();

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** `true` / `false` in a query string; anything else is a 400, never a silent default. */
export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Trimmed text; an empty string after trimming is refused where the field is required. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** Optional free text: empty or whitespace-only becomes `null`, so "cleared" is one value. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

const pageFields = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  search: z.string().trim().max(200).optional(),
};

/** Parsed `sort` parameter: a field name, descending when written with a leading `-`. */
export interface SortSpec<F extends string> {
  field: F;
  direction: 'asc' | 'desc';
}

/**
 * The query schema of a list endpoint: paging, free-text search, sorting by one of `sortFields`
 * and the module's own filters. Unknown sort fields and bad filter values fail validation (400).
 */
export function listQuery<F extends string, S extends z.ZodRawShape>(
  sortFields: readonly [F, ...F[]],
  defaultSort: NoInfer<`${F}` | `-${F}`>,
  filters: S,
) {
  const allowed = new Set<string>(sortFields);
  const sort = z
    .string()
    .default(defaultSort)
    .refine((v) => allowed.has(v.startsWith('-') ? v.slice(1) : v), {
      message: `Sort by one of: ${sortFields.join(', ')} (prefix with - for descending)`,
    })
    .transform((v): SortSpec<F> =>
      v.startsWith('-')
        ? { field: v.slice(1) as F, direction: 'desc' }
        : { field: v as F, direction: 'asc' },
    )
    .describe(`One of ${sortFields.join(', ')}; prefix with \`-\` for descending`);
  return z.strictObject({ ...pageFields, sort, ...filters });
}

/** The list envelope every list endpoint answers with. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const currencies = ['UAH', 'USD', 'EUR'] as const;
export const currencySchema = z.enum(currencies);
export type Currency = z.infer<typeof currencySchema>;

/** Money as the API carries it: a decimal string, never a float. */
export const moneySchema = z
  .object({
    amount: z
      .string()
      .regex(
        /^\d{1,12}(\.\d{1,2})?$/,
        'A non-negative decimal with at most 2 decimals, e.g. "12500.00"',
      ),
    currency: currencySchema,
  })
  .meta({ id: 'Money' });
export type Money = z.infer<typeof moneySchema>;
