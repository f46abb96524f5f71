import { Pool } from 'undici';

export interface LoadResult {
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  bodyBytes: number;
}

export interface Request {
  method?: 'GET' | 'POST' | 'PUT';
  path: string | (() => string);
  headers?: Record<string, string>;
  body?: string | (() => string);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Closed-loop load: `connections` workers, each sending the next request when the last answered. */
export async function load(
  origin: string,
  request: Request | (() => Request),
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const pool = new Pool(origin, { connections, pipelining: 1 });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let bodyBytes = 0;
  const end = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const req = typeof request === 'function' ? request() : request;
      const started = process.hrtime.bigint();
      try {
        const res = await pool.request({
          method: req.method ?? 'GET',
          path: typeof req.path === 'function' ? req.path() : req.path,
          headers: { 'content-type': 'application/json', ...req.headers },
          body: typeof req.body === 'function' ? req.body() : req.body,
        });
        const buf = Buffer.from(await res.body.arrayBuffer());
        bodyBytes = buf.length;
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        if (res.statusCode >= 400) errors++;
      } catch {
        errors++;
      }
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (Date.now() - t0) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    statuses,
    rps: Math.round(latencies.length / elapsed),
    p50: +percentile(latencies, 50).toFixed(2),
    p95: +percentile(latencies, 95).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
    bodyBytes,
  };
}
