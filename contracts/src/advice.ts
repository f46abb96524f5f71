import { z } from 'zod';
import { idSchema, listQuery, pageOf, requiredText, timestampSchema } from './common.js';
import { personRefSchema } from './clients.js';

export const adviceSchema = z
  .object({
    id: idSchema,
    topic: z.string(),
    title: z.string(),
    body: z.string().describe('Markdown; render it without raw HTML'),
    authorId: idSchema.nullable(),
    author: personRefSchema.nullable(),
    commentsCount: z.number().int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'Advice' });
export type Advice = z.infer<typeof adviceSchema>;

export const createAdviceSchema = z.strictObject({
  topic: requiredText(100),
  title: requiredText(300),
  body: z.string().trim().min(1).max(100_000),
});
export type CreateAdviceRequest = z.input<typeof createAdviceSchema>;
export const updateAdviceSchema = z.strictObject({
  topic: requiredText(100).optional(),
  title: requiredText(300).optional(),
  body: z.string().trim().min(1).max(100_000).optional(),
});
export type UpdateAdviceRequest = z.input<typeof updateAdviceSchema>;

export const adviceSortFields = ['relevance', 'title', 'createdAt', 'updatedAt'] as const;
export const adviceListQuerySchema = listQuery(adviceSortFields, '-createdAt', {
  topic: z.string().trim().min(1).max(100).optional(),
  authorId: idSchema.optional(),
}).describe('With `search`, sort=relevance ranks by full-text relevance');
export type AdviceListQuery = z.output<typeof adviceListQuerySchema>;
export const advicePageSchema = pageOf(adviceSchema);

export const adviceTopicSchema = z
  .object({ topic: z.string(), count: z.number().int() })
  .meta({ id: 'AdviceTopic' });

export const adviceCommentSchema = z
  .object({
    id: idSchema,
    adviceId: idSchema,
    body: z.string(),
    authorId: idSchema.nullable(),
    author: personRefSchema.nullable(),
    createdAt: timestampSchema,
    editedAt: timestampSchema.nullable(),
  })
  .meta({ id: 'AdviceComment' });
export type AdviceComment = z.infer<typeof adviceCommentSchema>;
export const adviceCommentsPageSchema = pageOf(adviceCommentSchema);
