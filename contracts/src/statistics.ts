import { z } from 'zod';
import { idSchema, moneySchema } from './common.js';

/** The filter of every statistics figure: a date range and a manager. */
export const statisticsQuerySchema = z
  .strictObject({
    from: z.iso.date().optional().describe('From this day (inclusive, UTC)'),
    to: z.iso.date().optional().describe('Up to this day (inclusive, UTC)'),
    managerId: idSchema
      .optional()
      .describe(
        "The responsible manager: their clients (and those clients' projects), their communications",
      ),
    interval: z.enum(['week', 'month']).default('month').describe('Bucket of the time series'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`from` is after `to`',
    path: ['to'],
  });
export type StatisticsQuery = z.output<typeof statisticsQuerySchema>;

const count = z.number().int();
const keyed = z.array(z.object({ key: z.string(), count }));

export const clientStatisticsSchema = z
  .object({
    total: count,
    vip: count,
    byStatus: keyed,
    bySource: keyed,
    byType: keyed,
    byManager: z.array(
      z.object({
        managerId: idSchema.nullable(),
        firstName: z.string().nullable(),
        lastName: z.string().nullable(),
        count,
      }),
    ),
    newPerPeriod: z.array(
      z.object({
        period: z.string().describe('YYYY-MM, or the Monday YYYY-MM-DD of the week'),
        count,
      }),
    ),
  })
  .meta({ id: 'ClientStatistics' });
export type ClientStatistics = z.infer<typeof clientStatisticsSchema>;

export const communicationStatisticsSchema = z
  .object({
    total: count,
    byChannel: keyed,
    byDirection: keyed,
    byManager: z.array(
      z.object({
        managerId: idSchema.nullable(),
        firstName: z.string().nullable(),
        lastName: z.string().nullable(),
        count,
      }),
    ),
    series: z.array(
      z.object({ period: z.string(), channel: z.string(), direction: z.string(), count }),
    ),
  })
  .meta({ id: 'CommunicationStatistics' });
export type CommunicationStatistics = z.infer<typeof communicationStatisticsSchema>;

export const deliveryStatisticsSchema = z
  .object({
    projectsByStatus: keyed,
    tasks: z.object({ total: count, done: count, open: count, overdue: count }),
    budgetUse: z
      .array(
        z.object({
          projectId: idSchema,
          name: z.string(),
          clientName: z.string(),
          budget: moneySchema,
          tasksBudget: moneySchema,
          use: z.number().describe('tasksBudget / budget (0 when the budget is 0)'),
          over: z.boolean(),
        }),
      )
      .describe('Over-budget projects first, then by use, highest first (at most 50)'),
  })
  .meta({ id: 'DeliveryStatistics' });
export type DeliveryStatistics = z.infer<typeof deliveryStatisticsSchema>;
