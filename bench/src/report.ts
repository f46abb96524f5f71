/**
 * Prints the Markdown tables of bench/README.md from results/sqlite.json and results/postgres.json:
 *   npm run report -w @crm/bench
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Row {
  name: string;
  read: boolean;
  unloaded: number;
  p50: number;
  p95: number;
  p99: number;
  rps10: number;
  rps50: number;
  bareRps50: number;
  ratio: number;
  errors: number;
}
interface Result {
  dialect: string;
  date: string;
  machine: { cpus: number; cpu?: string; memGb: number; node: string };
  startupMs: number;
  peakRssMb: number;
  secondsPerRun: number;
  scenarios: Row[];
  mixed: { p50: number; p95: number; p99: number; rps: number; errors: number };
}

const dir = path.resolve(import.meta.dirname, '../results');
const read = (name: string): Result | null => {
  const file = path.join(dir, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Result) : null;
};
const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1));

for (const result of [read('sqlite'), read('postgres')]) {
  if (!result) continue;
  const m = result.machine;
  console.log(
    `### ${result.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} — ${result.date.slice(0, 10)}\n`,
  );
  console.log(
    `${m.cpus} × ${m.cpu ?? 'CPU'}, ${m.memGb} GB, Node ${m.node}; ${result.secondsPerRun} s per phase. ` +
      `Start-up ${result.startupMs} ms, peak RSS ${result.peakRssMb} MB. Mixed 80/20 at 10 ` +
      `connections: p50 ${fmt(result.mixed.p50)} ms, p95 ${fmt(result.mixed.p95)} ms, ` +
      `${result.mixed.rps} rps, ${result.mixed.errors} errors.\n`,
  );
  console.log(
    '| scenario | alone ms | p50 ms @10 | p95 ms @10 | p99 ms @10 | rps @10 | rps @50 | bare rps @50 | ratio | errors |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of result.scenarios) {
    console.log(
      `| ${r.name} | ${fmt(r.unloaded)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.rps10)} | ${fmt(r.rps50)} | ${fmt(r.bareRps50)} | ${r.ratio.toFixed(3)} | ${r.errors} |`,
    );
  }
  console.log();
}

const sqlite = read('sqlite');
const postgres = read('postgres');
if (sqlite && postgres) {
  console.log('### PostgreSQL against SQLite (p95 at 10 connections, rps at 50)\n');
  console.log('| scenario | p95 PG / SQLite | rps SQLite / PG |');
  console.log('| --- | ---: | ---: |');
  for (const s of sqlite.scenarios) {
    const p = postgres.scenarios.find((r) => r.name === s.name);
    if (!p) continue;
    const slower = p.p95 / s.p95;
    const rps = s.rps50 / Math.max(p.rps50, 1);
    console.log(`| ${s.name} | ${slower.toFixed(1)}× | ${rps.toFixed(1)}× |`);
  }
}
