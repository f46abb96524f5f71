import type { FieldError } from '@crm/contracts';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

const NUL = '\u0000';
const MESSAGE = 'Text must not contain the NUL character (U+0000)';

/**
 * Where a request's values hold U+0000: each string (and each object key) that does, by path.
 * PostgreSQL cannot store the character in text at all and SQLite would keep it silently, so
 * both databases refuse it the same way, before any query is built.
 */
export function nulFieldErrors(value: unknown, path = ''): FieldError[] {
  if (typeof value === 'string') {
    return value.includes(NUL) ? [{ path, message: MESSAGE }] : [];
  }
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return [];
  const errors: FieldError[] = [];
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) errors.push({ path: at, message: MESSAGE });
    else errors.push(...nulFieldErrors(item, at));
  }
  return errors;
}

/** Throws the API's validation problem when any of the values holds U+0000. */
export function refuseNul(where: string, value: unknown): void {
  const errors = nulFieldErrors(value);
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', `Invalid ${where}`, errors);
}

/**
 * Every route's path parameters, query and parsed body are checked for U+0000 before their
 * schema runs (after authentication, which the access hook decides on the request alone).
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    refuseNul('path', request.params);
    refuseNul('query', request.query);
    refuseNul('body', request.body);
  });
}
