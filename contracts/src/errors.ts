import { z } from 'zod';

/**
 * Every machine-readable error code the API answers with, and its HTTP status.
 * The server maps codes to statuses through this table only, and the web app
 * translates messages by code, so adding a code here is the one place to do it.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_REFRESH_TOKEN: 401,
  WRONG_PASSWORD: 400,
  FORBIDDEN: 403,
  ROLE_CHANGE_FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  CLIENT_NOT_FOUND: 404,
  CLIENT_STATUS_NOT_FOUND: 404,
  CONTACT_NOT_FOUND: 404,
  COMMUNICATION_NOT_FOUND: 404,
  TEAM_NOT_FOUND: 404,
  PROJECT_NOT_FOUND: 404,
  TASK_NOT_FOUND: 404,
  COMMENT_NOT_FOUND: 404,
  NOT_ASSIGNEE: 404,
  DOCUMENT_NOT_FOUND: 404,
  ADVICE_NOT_FOUND: 404,
  CONFLICT: 409,
  REFERENCED_RECORD: 409,
  USERNAME_TAKEN: 409,
  EMAIL_TAKEN: 409,
  CANNOT_DEACTIVATE_SELF: 409,
  CLIENT_NOT_EMPTY: 409,
  STATUS_TAKEN: 409,
  STATUS_IN_USE: 409,
  TEAM_NAME_TAKEN: 409,
  TEAM_HAS_PROJECTS: 409,
  PROJECT_NOT_EMPTY: 409,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const errorCodes = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const fieldErrorSchema = z.object({
  path: z.string().describe('Dotted path of the offending field, e.g. `contactDetails.0.value`'),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, with the stable `code` member. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.enum(errorCodes),
    errors: z.array(fieldErrorSchema).optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;
