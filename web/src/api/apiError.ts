import type { ErrorCode, FieldError, Problem } from '@crm/contracts';

/** Codes the client itself produces when there is no problem document to read. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNKNOWN';
/**
 * The contract's codes, the client's own, and — typed loosely on purpose — codes a newer server
 * may send that this build does not know yet (messages then fall back to the HTTP status).
 */
export type ApiErrorCode = ErrorCode | ClientErrorCode | (string & {});

export interface ApiErrorInit {
  status: number;
  code: ApiErrorCode;
  title?: string;
  detail?: string;
  fieldErrors?: FieldError[];
  retryAfter?: number;
  requestId?: string;
  cause?: unknown;
}

/** Every failed API call ends up as one of these, whatever went wrong on the way. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly detail: string | undefined;
  readonly fieldErrors: readonly FieldError[];
  /** Seconds the server asked us to wait (429 `Retry-After`). */
  readonly retryAfter: number | undefined;
  readonly requestId: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.detail ?? init.title ?? init.code, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter;
    this.requestId = init.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const CODE = /^[A-Z][A-Z0-9_]*$/;

function isFieldErrors(value: unknown): value is FieldError[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as FieldError).path === 'string' &&
        typeof (item as FieldError).message === 'string',
    )
  );
}

/** The code to assume when the body is not a problem document we understand. */
export function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL' : 'UNKNOWN';
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Turns a failed response (status, headers, parsed JSON body or `undefined`) into an ApiError.
 * Checked by hand rather than with the contract's zod `problemSchema`: this runs on the login
 * page, whose first load should not carry zod. Anything that is not a problem document (a
 * proxy's HTML page, an empty body) degrades to a code derived from the status.
 */
export function parseProblem(status: number, headers: Headers, body: unknown): ApiError {
  const retryAfter = parseRetryAfter(headers.get('retry-after'));
  const problem: Partial<Record<keyof Problem, unknown>> =
    typeof body === 'object' && body !== null ? body : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return new ApiError({
    status,
    code:
      typeof problem.code === 'string' && CODE.test(problem.code)
        ? problem.code
        : codeForStatus(status),
    title: text(problem.title),
    detail: text(problem.detail),
    fieldErrors: isFieldErrors(problem.errors) ? problem.errors : [],
    retryAfter,
    requestId: text(problem.requestId),
  });
}

/** Reads the body of a failed response and parses it; never throws. */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return parseProblem(response.status, response.headers, body);
}

export function networkError(cause: unknown): ApiError {
  return new ApiError({ status: 0, code: 'NETWORK_ERROR', cause });
}
