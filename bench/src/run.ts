/**
 * Runs the scenarios against the built server on a generated database:
 *   npm run run -w @crm/bench -- [--database-url postgres://…/crm_bench] [--seconds 5]
 * Each scenario: p50/p95/p99 and rps at 10 connections, rps at 50, and — in the same run — the
 * rps of a bare route of the same server returning a constant body of the same size.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './server.js';
import { load, unloaded, type LoadResult, type Request } from './load.js';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    'data-dir': { type: 'string', default: path.resolve(import.meta.dirname, '../data/sqlite') },
    seconds: { type: 'string', default: '5' },
    port: { type: 'string', default: '3900' },
    only: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const dialect = values['database-url'] ? 'postgres' : 'sqlite';
const origin = `http://127.0.0.1:${values.port}`;
const PASSWORD = 'bench12345';

function memory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/**
 * Starts a new peak (Linux: 5 → clear_refs resets VmHWM to the current RSS), so the peak of the
 * product's own phases is read apart from the bare route's, which is the instrument.
 */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

async function api<T>(method: string, p: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(origin + p, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Waits until the server answers at once again: requests queued by a saturating phase drain. */
async function settle(): Promise<void> {
  for (;;) {
    const started = performance.now();
    await (await fetch(`${origin}/healthz`)).arrayBuffer();
    if (performance.now() - started < 5) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main() {
  const started = Date.now();
  const child = await startServer(values.port, {
    CRM_DEMO: 'false',
    CRM_BENCH_ROUTES: 'true',
    CRM_DATA_DIR: values['data-dir'],
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    ...(values['database-url'] ? { DATABASE_URL: values['database-url'] } : {}),
  });
  const startupMs = Date.now() - started;
  const pid = child.pid as number;

  const login = async (name: string) =>
    await api<{ accessToken: string; user: { id: string } }>(
      'POST',
      '/api/v1/auth/login',
      undefined,
      { login: name, password: PASSWORD },
    );
  const manager = await login('manager');
  const developer = await login('developer');
  const m = { authorization: `Bearer ${manager.accessToken}` };
  const d = { authorization: `Bearer ${developer.accessToken}` };
  const client = (
    await api<{ items: { id: string }[] }>(
      'GET',
      '/api/v1/clients?pageSize=1&sort=-updatedAt',
      manager.accessToken,
    )
  ).items[0]!;
  const contact = (
    await api<{ items: { id: string }[] }>(
      'GET',
      `/api/v1/contacts?pageSize=1`,
      manager.accessToken,
    )
  ).items[0]!;
  const project = (
    await api<{ items: { id: string }[] }>(
      'GET',
      '/api/v1/projects?pageSize=1',
      manager.accessToken,
    )
  ).items[0]!;
  const myTask = (
    await api<{ items: { id: string }[] }>(
      'GET',
      `/api/v1/tasks?pageSize=1&assigneeId=${developer.user.id}`,
      developer.accessToken,
    )
  ).items[0]!;
  let tick = false;
  // The start of the day a year before the run: the journal's filtered search reads a year.
  const yearAgo = new Date(Math.floor(Date.now() / 86_400_000 - 365) * 86_400_000).toISOString();

  const scenarios: [string, Request, boolean][] = [
    ['clients: first page', { path: '/api/v1/clients', headers: m }, true],
    ['clients: deep page (offset 50,000)', { path: '/api/v1/clients?page=2000', headers: m }, true],
    [
      'clients: search',
      { path: `/api/v1/clients?search=${encodeURIComponent('harbor')}`, headers: m },
      true,
    ],
    [
      'clients: filtered + sorted',
      { path: '/api/v1/clients?status=active&isVip=true&sort=-updatedAt', headers: m },
      true,
    ],
    ['contacts: first page', { path: '/api/v1/contacts', headers: m }, true],
    [
      'contacts: search',
      { path: `/api/v1/contacts?search=${encodeURIComponent('harbor')}`, headers: m },
      true,
    ],
    ['communications: all, first page', { path: '/api/v1/communications', headers: m }, true],
    [
      'communications: search',
      { path: `/api/v1/communications?search=${encodeURIComponent('meeting')}`, headers: m },
      true,
    ],
    [
      'communications: search, e-mail of the last year',
      {
        path: `/api/v1/communications?search=${encodeURIComponent('meeting')}&channel=email&from=${yearAgo}`,
        headers: m,
      },
      true,
    ],
    [
      'documents: search',
      { path: `/api/v1/documents?search=${encodeURIComponent('budget')}`, headers: m },
      true,
    ],
    [
      'projects: search',
      { path: `/api/v1/projects?search=${encodeURIComponent('harbor')}`, headers: m },
      true,
    ],
    ['client page', { path: `/api/v1/clients/${client.id}`, headers: m }, true],
    [
      'client history (aggregated)',
      { path: `/api/v1/clients/${client.id}/communications`, headers: m },
      true,
    ],
    ['project page', { path: `/api/v1/projects/${project.id}`, headers: m }, true],
    [
      'project comments (aggregated)',
      { path: `/api/v1/projects/${project.id}/comments`, headers: m },
      true,
    ],
    ["developer's tasks (scoped)", { path: '/api/v1/tasks', headers: d }, true],
    ['tasks: all, first page (manager)', { path: '/api/v1/tasks', headers: m }, true],
    [
      'tasks: search (manager)',
      { path: `/api/v1/tasks?search=${encodeURIComponent('design')}`, headers: m },
      true,
    ],
    [
      "developer's tasks: search (scoped)",
      { path: `/api/v1/tasks?search=${encodeURIComponent('design')}`, headers: d },
      true,
    ],
    ['home: manager', { path: '/api/v1/home/manager', headers: m }, true],
    ['home: developer', { path: '/api/v1/home/mine', headers: d }, true],
    ['statistics: communications', { path: '/api/v1/statistics/communications', headers: m }, true],
    [
      'tips: full-text search',
      { path: `/api/v1/advice?search=${encodeURIComponent('client')}&sort=relevance`, headers: m },
      true,
    ],
    [
      'write: create communication',
      {
        method: 'POST',
        path: '/api/v1/communications',
        headers: m,
        body: JSON.stringify({
          contactId: contact.id,
          channel: 'phone',
          direction: 'outgoing',
          description: 'Benchmark call about the release',
        }),
      },
      false,
    ],
    [
      'write: tick a done box',
      {
        method: 'PUT',
        path: `/api/v1/tasks/${myTask.id}/assignees/${developer.user.id}/done`,
        headers: d,
        body: () => JSON.stringify({ done: (tick = !tick) }),
      },
      false,
    ],
  ];

  const results: Record<string, unknown>[] = [];
  // Login and start-up (argon2id hashing included) count towards the peak too.
  let productPeakMb = memory(pid).peakMb;
  for (const [name, req, isRead] of scenarios) {
    if (values.only && !name.includes(values.only)) continue;
    await settle();
    resetPeak(pid);
    const single = await unloaded(origin, req);
    await load(origin, req, 4, 0.5); // warm-up
    await settle();
    const at10: LoadResult = await load(origin, req, 10, seconds);
    await settle();
    const at50: LoadResult = await load(origin, req, 50, seconds);
    const used = memory(pid);
    productPeakMb = Math.max(productPeakMb, used.peakMb);
    await settle();
    const bare: LoadResult = await load(
      origin,
      { path: `/bench/constant?bytes=${single.bytes}` },
      50,
      seconds,
    );
    const row = {
      name,
      read: isRead,
      bytes: single.bytes,
      unloaded: single.ms,
      p50: at10.p50,
      p95: at10.p95,
      p99: at10.p99,
      rps10: at10.rps,
      rps50: at50.rps,
      p95at50: at50.p95,
      bareRps50: bare.rps,
      ratio: +(at50.rps / bare.rps).toFixed(3),
      errors: at10.errors + at50.errors,
      ...used,
    };
    results.push(row);
    console.log(
      `${name.padEnd(36)} 1× ${String(row.unloaded).padStart(7)}  p50 ${String(row.p50).padStart(7)}  p95 ${String(row.p95).padStart(7)}  p99 ${String(row.p99).padStart(7)}  rps@10 ${String(row.rps10).padStart(6)}  rps@50 ${String(row.rps50).padStart(6)}  bare ${String(row.bareRps50).padStart(6)}  errors ${row.errors}`,
    );
  }

  // Mixed 80% read / 20% write at 10 connections.
  const mixedReads = scenarios.filter((s) => s[2]).map((s) => s[1]);
  const mixedWrite = scenarios.find((s) => s[0].startsWith('write: create'))![1];
  let k = 0;
  await settle();
  resetPeak(pid);
  const mixed = await load(
    origin,
    () => (++k % 5 === 0 ? mixedWrite : mixedReads[k % mixedReads.length]!),
    10,
    seconds,
  );
  console.log(
    `mixed 80/20 @10: p50 ${mixed.p50} p95 ${mixed.p95} p99 ${mixed.p99} rps ${mixed.rps} errors ${mixed.errors}`,
  );

  const mem = memory(pid);
  productPeakMb = Math.max(productPeakMb, mem.peakMb);
  child.kill('SIGTERM');
  const out = {
    dialect,
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    startupMs,
    /** The highest RSS while the product's scenarios ran (the bare route's phases apart). */
    peakRssMb: productPeakMb,
    secondsPerRun: seconds,
    scenarios: results,
    mixed,
  };
  const dir = path.resolve(import.meta.dirname, '../results');
  mkdirSync(dir, { recursive: true });
  // A partial run (--only) never replaces the full results.
  const file = values.only ? `${dialect}-partial.json` : `${dialect}.json`;
  writeFileSync(path.join(dir, file), JSON.stringify(out, null, 2) + '\n');
  console.log(`start-up ${startupMs} ms, peak RSS ${productPeakMb} MB; written to results/${file}`);
}

await main();
