import {
  ApiError,
  codeForStatus,
  parseProblem,
  parseRetryAfter,
  problemFromResponse,
} from './apiError';

const headers = (init: Record<string, string> = {}) => new Headers(init);

describe('parseProblem', () => {
  it('reads a problem document with field errors', () => {
    const error = parseProblem(400, headers(), {
      type: 'https://crm.example/problems/validation-failed',
      title: 'Validation failed',
      status: 400,
      detail: 'The request body is invalid',
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'email', message: 'Invalid email address' }],
      requestId: 'req-1',
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'The request body is invalid',
      fieldErrors: [{ path: 'email', message: 'Invalid email address' }],
      requestId: 'req-1',
    });
  });

  it('keeps the Retry-After of a 429', () => {
    const error = parseProblem(429, headers({ 'Retry-After': '42' }), {
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      code: 'RATE_LIMITED',
    });
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfter).toBe(42);
  });

  it('falls back to a code from the status for bodies it does not understand', () => {
    expect(parseProblem(502, headers(), '<html>Bad gateway</html>').code).toBe('INTERNAL');
    expect(parseProblem(404, headers(), undefined).code).toBe('NOT_FOUND');
    expect(parseProblem(409, headers(), { code: 'not a code' }).code).toBe('CONFLICT');
  });

  it('keeps a code this build does not know yet, for the status fallback to explain', () => {
    const error = parseProblem(409, headers(), {
      title: 'Stale',
      status: 409,
      code: 'SOMETHING_NEW',
    });
    expect(error.code).toBe('SOMETHING_NEW');
    expect(error.status).toBe(409);
  });

  it('ignores malformed field errors', () => {
    const error = parseProblem(400, headers(), {
      code: 'VALIDATION_FAILED',
      errors: [{ path: 1 }],
    });
    expect(error.fieldErrors).toEqual([]);
  });

  it('accepts a known code even when other members are missing', () => {
    expect(parseProblem(401, headers(), { code: 'INVALID_CREDENTIALS' }).code).toBe(
      'INVALID_CREDENTIALS',
    );
  });
});

describe('codeForStatus', () => {
  it('maps statuses to generic codes', () => {
    expect(codeForStatus(401)).toBe('UNAUTHENTICATED');
    expect(codeForStatus(403)).toBe('FORBIDDEN');
    expect(codeForStatus(413)).toBe('PAYLOAD_TOO_LARGE');
    expect(codeForStatus(503)).toBe('UNAVAILABLE');
    expect(codeForStatus(500)).toBe('INTERNAL');
    expect(codeForStatus(418)).toBe('UNKNOWN');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('problemFromResponse', () => {
  it('parses the body of a problem+json response', async () => {
    const response = new Response(
      JSON.stringify({ type: 'x', title: 'Taken', status: 409, code: 'USERNAME_TAKEN' }),
      { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
    );
    const error = await problemFromResponse(response);
    expect(error.code).toBe('USERNAME_TAKEN');
  });

  it('survives a body that is not JSON', async () => {
    const error = await problemFromResponse(new Response('oops', { status: 500 }));
    expect(error.code).toBe('INTERNAL');
  });
});
