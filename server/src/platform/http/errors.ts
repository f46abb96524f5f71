import { ERROR_STATUS, type ErrorCode, type FieldError, type Problem } from '@crm/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { isForeignKeyViolation, isUniqueViolation } from '../db/database.js';

const TITLES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request is invalid',
  BAD_REQUEST: 'The request is malformed',
  UNAUTHENTICATED: 'Authentication required',
  INVALID_CREDENTIALS: 'Wrong user name or password',
  INVALID_REFRESH_TOKEN: 'The session has ended',
  WRONG_PASSWORD: 'The current password is wrong',
  FORBIDDEN: 'Not allowed',
  ROLE_CHANGE_FORBIDDEN: 'You cannot change your own role',
  NOT_FOUND: 'Not found',
  ROUTE_NOT_FOUND: 'No such endpoint',
  USER_NOT_FOUND: 'User not found',
  CLIENT_NOT_FOUND: 'Client not found',
  CLIENT_STATUS_NOT_FOUND: 'Client status not found',
  CONTACT_NOT_FOUND: 'Contact not found',
  COMMUNICATION_NOT_FOUND: 'Communication not found',
  TEAM_NOT_FOUND: 'Team not found',
  PROJECT_NOT_FOUND: 'Project not found',
  TASK_NOT_FOUND: 'Task not found',
  COMMENT_NOT_FOUND: 'Comment not found',
  NOT_ASSIGNEE: 'The user is not an assignee of this task',
  DOCUMENT_NOT_FOUND: 'Document not found',
  ADVICE_NOT_FOUND: 'Tip not found',
  CONFLICT: 'Conflict',
  REFERENCED_RECORD: 'The record is still referenced',
  USERNAME_TAKEN: 'The user name is taken',
  EMAIL_TAKEN: 'The e-mail is taken',
  CANNOT_DEACTIVATE_SELF: 'You cannot deactivate or delete yourself',
  CLIENT_NOT_EMPTY: 'The client still has contacts, communications or projects',
  STATUS_TAKEN: 'A status with this key exists',
  STATUS_IN_USE: 'Clients have this status',
  TEAM_NAME_TAKEN: 'A team with this name exists',
  TEAM_HAS_PROJECTS: 'The team still has projects',
  PROJECT_NOT_EMPTY: 'The project still has tasks',
  PAYLOAD_TOO_LARGE: 'The request is too large',
  URI_TOO_LONG: 'The address is too long',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type',
  RATE_LIMITED: 'Too many requests',
  INTERNAL: 'Internal server error',
  UNAVAILABLE: 'Service unavailable',
};

/** A domain error: a stable code, mapped to HTTP once, at the edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? TITLES[code]);
    this.name = 'AppError';
  }
}

export function problem(code: ErrorCode, detail?: string, errors?: FieldError[]): Problem {
  return {
    type: `urn:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[code],
    status: ERROR_STATUS[code],
    ...(detail ? { detail } : {}),
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  body: Problem,
  headers?: Record<string, string>,
) {
  if (headers) void reply.headers(headers);
  return reply
    .status(body.status)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify({ ...body, requestId: request.id }));
}

/** Fastify's own error codes that are the client's fault. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

/** Zod issues as the API's field errors; an unknown field is reported on the field itself. */
export function fieldErrorsFromIssues(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code?: string; keys?: string[] }>,
): FieldError[] {
  return issues.flatMap((i) => {
    const path = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys' && i.keys) {
      return i.keys.map((k) => ({ path: path ? `${path}.${k}` : k, message: 'Unknown field' }));
    }
    return [{ path, message: i.message }];
  });
}

function zodFieldErrors(err: unknown): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(err)) return [];
  return err.validation.flatMap((v) => {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const params = v.params as { keys?: unknown };
    // An unknown field is reported on the field itself, not on its parent object.
    if (v.keyword === 'unrecognized_keys' && Array.isArray(params.keys)) {
      return params.keys.map((k) => ({
        path: path ? `${path}.${String(k)}` : String(k),
        message: 'Unknown field',
      }));
    }
    return [{ path, message: v.message ?? 'Invalid value' }];
  });
}

/** Errors the router raises before any route runs (bad URL encoding, over-long parameters). */
export function frameworkErrorHandler(
  err: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const code: ErrorCode = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'URI_TOO_LONG' : 'BAD_REQUEST';
  void sendProblem(
    reply,
    request,
    problem(
      code,
      code === 'URI_TOO_LONG' ? 'A path parameter is too long' : 'The address is malformed',
    ),
  );
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return sendProblem(reply, request, problem(err.code, err.detail, err.errors), err.headers);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where =
        err.validationContext === 'querystring' ? 'query' : (err.validationContext ?? 'body');
      return sendProblem(
        reply,
        request,
        problem('VALIDATION_FAILED', `Invalid ${where}`, zodFieldErrors(err)),
      );
    }
    if (isUniqueViolation(err)) {
      return sendProblem(reply, request, problem('CONFLICT', 'A record with these values exists'));
    }
    if (isForeignKeyViolation(err)) {
      return sendProblem(
        reply,
        request,
        problem(
          'REFERENCED_RECORD',
          'Other records refer to this one, or a referenced record does not exist',
        ),
      );
    }
    if (!isResponseSerializationError(err) && err.code && FASTIFY_CODES[err.code]) {
      return sendProblem(
        reply,
        request,
        problem(FASTIFY_CODES[err.code] as ErrorCode, err.message),
      );
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500 && !isResponseSerializationError(err)) {
      const code: ErrorCode =
        status === 404
          ? 'NOT_FOUND'
          : status === 413
            ? 'PAYLOAD_TOO_LARGE'
            : status === 415
              ? 'UNSUPPORTED_MEDIA_TYPE'
              : status === 429
                ? 'RATE_LIMITED'
                : 'BAD_REQUEST';
      return sendProblem(reply, request, problem(code, err.message));
    }
    request.log.error({ err }, 'unhandled error');
    return sendProblem(
      reply,
      request,
      problem('INTERNAL', 'Something went wrong; the error is logged'),
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      request,
      problem('ROUTE_NOT_FOUND', `${request.method} ${request.url.split('?')[0]} does not exist`),
    ),
  );
}
