import type { ApiError } from '../../api/apiError';
import { networkError, parseProblem } from '../../api/apiError';
import { API_BASE, http, session } from '../../api/client';

/** How far an upload has got: bytes sent of the total (the request body, not just the file). */
export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100, whole numbers; 100 only once every byte left the browser. */
  percent: number;
}

export interface UploadRequest {
  method: 'POST' | 'PUT';
  /** Under the API base, e.g. `/documents`. */
  path: string;
  body: FormData;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

export interface UploaderDeps {
  /** The access token to send, renewed first when it has expired; `null` when not logged in. */
  token: () => Promise<string | null>;
  /**
   * A fresh access token after `rejected` got a 401 (through the shared client's rotation, so
   * concurrent calls and other tabs stay in step).
   */
  refresh: (rejected: string) => Promise<string>;
  /** The server refused the renewed token too: the login is over. */
  onUnauthorized: () => void;
  createXhr?: () => XMLHttpRequest;
  baseUrl?: string;
}

function responseHeaders(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

interface Outcome {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * Uploads with `XMLHttpRequest`, the one browser API that reports upload progress (fetch
 * does not). Answers like the shared HTTP client: the parsed JSON body, or an `ApiError`.
 */
export function createUploader(deps: UploaderDeps) {
  const makeXhr = deps.createXhr ?? (() => new XMLHttpRequest());
  const base = deps.baseUrl ?? API_BASE;

  function send(request: UploadRequest, token: string | null): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      const xhr = makeXhr();
      const abort = () => xhr.abort();
      const done = () => request.signal?.removeEventListener('abort', abort);
      xhr.open(request.method, `${base}${request.path}`);
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (event) => {
        if (!event.lengthComputable || event.total <= 0) return;
        request.onProgress?.({
          loaded: event.loaded,
          total: event.total,
          percent: Math.min(100, Math.floor((event.loaded / event.total) * 100)),
        });
      };
      xhr.onload = () => {
        done();
        resolve({
          status: xhr.status,
          headers: responseHeaders(xhr),
          body: parseJson(xhr.responseText),
        });
      };
      xhr.onerror = () => {
        done();
        reject(networkError(new Error('Upload failed')));
      };
      xhr.onabort = () => {
        done();
        reject(new DOMException('The upload was cancelled', 'AbortError'));
      };
      if (request.signal?.aborted) {
        reject(new DOMException('The upload was cancelled', 'AbortError'));
        return;
      }
      request.signal?.addEventListener('abort', abort);
      xhr.send(request.body);
    });
  }

  return async function upload<T>(request: UploadRequest): Promise<T> {
    const token = await deps.token();
    let outcome = await send(request, token);
    if (outcome.status === 401 && token) {
      // The token may have expired on the way (a large file takes a while): renew once, resend.
      const renewed = await deps.refresh(token);
      request.onProgress?.({ loaded: 0, total: 0, percent: 0 });
      outcome = await send(request, renewed);
      if (outcome.status === 401) deps.onUnauthorized();
    }
    if (outcome.status < 200 || outcome.status >= 300) {
      const error: ApiError = parseProblem(outcome.status, outcome.headers, outcome.body);
      throw error;
    }
    return outcome.body as T;
  };
}

/** Uploads with the app's login session. */
export const uploadFile = createUploader({
  token: async () => {
    const current = session.getSnapshot();
    if (current && current.expiresAt > Date.now()) return current.accessToken;
    if (current || session.hasStoredLogin()) return (await http.refresh()).accessToken;
    return null;
  },
  refresh: async (rejected) => {
    // Another call may have renewed the token while this upload was on its way.
    const latest = session.getSnapshot();
    if (latest && latest.accessToken !== rejected) return latest.accessToken;
    return (await http.refresh()).accessToken;
  },
  onUnauthorized: () => session.clear(),
});
