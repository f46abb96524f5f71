import { ApiError } from '../../api/apiError';
import { createUploader } from './upload';

interface Reply {
  status: number;
  body?: unknown;
  headers?: string;
  /** Progress events to fire before the answer: [loaded, total]. */
  progress?: [number, number][];
  fail?: 'network';
}

/** A stand-in for XMLHttpRequest that answers from a script, one reply per request. */
class FakeXhr {
  static replies: Reply[] = [];
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  private responseHeaders = '';
  private aborted = false;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getAllResponseHeaders() {
    return this.responseHeaders;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
    const reply = FakeXhr.replies.shift();
    if (!reply) throw new Error('No reply scripted');
    setTimeout(() => {
      if (this.aborted) return;
      for (const [loaded, total] of reply.progress ?? []) {
        this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
      }
      if (reply.fail === 'network') {
        this.onerror?.();
        return;
      }
      this.status = reply.status;
      this.responseHeaders = reply.headers ?? 'content-type: application/json\r\n';
      this.responseText = reply.body === undefined ? '' : JSON.stringify(reply.body);
      this.onload?.();
    }, 0);
  }
}

function setup(token: string | null = 'access-1') {
  FakeXhr.replies = [];
  FakeXhr.sent = [];
  const refresh = vi.fn(async () => 'access-2');
  const onUnauthorized = vi.fn();
  const upload = createUploader({
    token: async () => token,
    refresh,
    onUnauthorized,
    createXhr: () => new FakeXhr() as unknown as XMLHttpRequest,
    baseUrl: '/api/v1',
  });
  return { upload, refresh, onUnauthorized };
}

const form = () => {
  const data = new FormData();
  data.append('title', 'Contract');
  data.append('file', new Blob(['hello']), 'hello.txt');
  return data;
};

describe('the upload helper', () => {
  it('sends the form with the token and reports progress in whole percents', async () => {
    const { upload } = setup();
    FakeXhr.replies.push({
      status: 201,
      body: { id: 'd1' },
      progress: [
        [0, 4000],
        [1000, 4000],
        [2999, 4000],
        [4000, 4000],
      ],
    });
    const seen: number[] = [];
    const result = await upload<{ id: string }>({
      method: 'POST',
      path: '/documents',
      body: form(),
      onProgress: (progress) => seen.push(progress.percent),
    });
    expect(result).toEqual({ id: 'd1' });
    expect(seen).toEqual([0, 25, 74, 100]);
    const [xhr] = FakeXhr.sent;
    expect(xhr?.method).toBe('POST');
    expect(xhr?.url).toBe('/api/v1/documents');
    expect(xhr?.headers.Authorization).toBe('Bearer access-1');
    expect(xhr?.body).toBeInstanceOf(FormData);
  });

  it('turns a 413 into a PAYLOAD_TOO_LARGE error, even without a problem document', async () => {
    const { upload } = setup();
    FakeXhr.replies.push({ status: 413, headers: 'content-type: text/html\r\n' });
    await expect(
      upload({ method: 'POST', path: '/documents', body: form() }),
    ).rejects.toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('keeps the field errors of a 400', async () => {
    const { upload } = setup();
    FakeXhr.replies.push({
      status: 400,
      headers: 'content-type: application/problem+json\r\n',
      body: {
        type: 'x',
        title: 'Invalid',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'projectId', message: 'The project is not of this client' }],
      },
    });
    const error = await upload({ method: 'POST', path: '/documents', body: form() }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ path: 'projectId', message: 'The project is not of this client' }],
    });
  });

  it('renews the token once after a 401 and sends again', async () => {
    const { upload, refresh, onUnauthorized } = setup();
    FakeXhr.replies.push({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    FakeXhr.replies.push({ status: 200, body: { id: 'd1' } });
    await expect(
      upload({ method: 'PUT', path: '/documents/d1/file', body: form() }),
    ).resolves.toEqual({ id: 'd1' });
    expect(refresh).toHaveBeenCalledWith('access-1');
    expect(FakeXhr.sent.map((xhr) => xhr.headers.Authorization)).toEqual([
      'Bearer access-1',
      'Bearer access-2',
    ]);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('ends the login when the renewed token is refused too', async () => {
    const { upload, onUnauthorized } = setup();
    FakeXhr.replies.push({ status: 401 }, { status: 401 });
    await expect(
      upload({ method: 'POST', path: '/documents', body: form() }),
    ).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    const { upload } = setup();
    FakeXhr.replies.push({ status: 0, fail: 'network' });
    await expect(
      upload({ method: 'POST', path: '/documents', body: form() }),
    ).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('can be cancelled', async () => {
    const { upload } = setup();
    FakeXhr.replies.push({ status: 201, body: {} });
    const controller = new AbortController();
    const pending = upload({
      method: 'POST',
      path: '/documents',
      body: form(),
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
