import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  bodyBytes: number;
}

export interface Request {
  method?: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string | (() => string);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Closed-loop load with autocannon: `connections` connections, each sending the next request
 * when the last one answered, for `seconds`. Latencies are collected per response (autocannon's
 * own histogram has no p95); a request unanswered after `timeoutSeconds` counts as an error.
 */
export async function load(
  origin: string,
  request: Request | (() => Request),
  connections: number,
  seconds: number,
  timeoutSeconds = 10,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let bodyBytes = 0;
  const first = typeof request === 'function' ? request() : request;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: origin,
      connections,
      duration: seconds,
      timeout: timeoutSeconds,
      requests: [
        {
          method: first.method ?? 'GET',
          path: first.path,
          // Every request is built afresh: dynamic bodies (a box ticked and unticked) and, for a
          // mixed load, a different scenario each time.
          setupRequest: (req) => {
            const r = typeof request === 'function' ? request() : request;
            return {
              ...req,
              method: r.method ?? 'GET',
              path: r.path,
              headers: { 'content-type': 'application/json', ...r.headers },
              body: typeof r.body === 'function' ? r.body() : r.body,
            };
          },
        },
      ],
    },
    (error: unknown, result: autocannon.Result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, statusCode, resBytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    bodyBytes = resBytes;
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const failed = Object.entries(statuses)
    .filter(([status]) => Number(status) >= 400)
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    requests: latencies.length,
    errors: failed + result.errors,
    timeouts: result.timeouts,
    statuses,
    rps: Math.round(latencies.length / seconds),
    p50: +percentile(latencies, 50).toFixed(2),
    p95: +percentile(latencies, 95).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
    bodyBytes,
  };
}

/** One request at a time, `n` times: the latency without any queueing (median, ms), body size. */
export async function unloaded(
  origin: string,
  request: Request,
  n = 5,
): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const res = await fetch(origin + request.path, {
      method: request.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: typeof request.body === 'function' ? request.body() : request.body,
    });
    bytes = (await res.arrayBuffer()).byteLength;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: +percentile(times, 50).toFixed(2), bytes };
}
