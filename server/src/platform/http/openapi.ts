import { problemSchema } from '@crm/contracts';
import { z } from 'zod';

/** Standard error answers, added to a route's response schemas for the OpenAPI document. */
export function problems(...statuses: number[]): Record<number, typeof problemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema]));
}

export const noContent = z.undefined().describe('No content');
