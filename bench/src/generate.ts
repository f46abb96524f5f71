/**
 * Fills a database, through the real schema and migrations, with a large company's years of data:
 *   npm run generate -w @crm/bench -- [--scale 1] [--database-url postgres://…/crm_bench]
 * SQLite by default (bench/data/sqlite); with a PostgreSQL URL the database is dropped and
 * recreated first. Every user's password is `bench12345`.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { hashPassword } from '../../server/src/platform/auth/passwords.js';
import { openDatabase } from '../../server/src/platform/db/database.js';
import { newId } from '../../server/src/platform/db/ids.js';
import { migrateToLatest } from '../../server/src/platform/db/migrate.js';
import type { DB } from '../../server/src/platform/db/schema.js';
import {
  COMPANY_PARTS,
  COMPANY_SUFFIX,
  EN_WORDS,
  FIRST_NAMES,
  LAST_NAMES,
  UK_WORDS,
} from './words.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string', default: path.resolve(import.meta.dirname, '../data/sqlite') },
  },
});
const scale = Number(values.scale);
export const PASSWORD = 'bench12345';

// A seeded 32-bit generator (mulberry32): the same data on every run, with a period long enough
// for millions of rows (integer maths kept exact with Math.imul).
let seed = 12345;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const words = (n: number) => {
  const list = rnd() < 0.35 ? UK_WORDS : EN_WORDS;
  return Array.from({ length: n }, () => pick(list)).join(' ');
};
const DAY = 86_400_000;
const NOW = Date.now();
const ago = (maxDays: number) => new Date(NOW - rnd() * maxDays * DAY).toISOString();

async function open() {
  if (values['database-url']) {
    const url = new URL(values['database-url']);
    const name = url.pathname.slice(1);
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
    await c.end();
    return openDatabase({ dialect: 'postgres', url: url.toString(), poolSize: 4 });
  }
  rmSync(values['data-dir'], { recursive: true, force: true });
  return openDatabase({ dialect: 'sqlite', file: path.join(values['data-dir'], 'crm.sqlite') });
}

/** Inserts rows in batches, each batch small enough for both dialects' parameter limits. */
async function insert<T extends keyof DB>(
  db: Kysely<DB>,
  table: T,
  rows: Record<string, unknown>[],
): Promise<void> {
  const columns = Object.keys(rows[0] ?? { a: 1 }).length;
  const batch = Math.max(1, Math.floor(30_000 / columns));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += batch) {
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + batch) as never)
        .execute();
    }
  });
}

async function main() {
  const started = Date.now();
  const handle = await open();
  const db = handle.db;
  await migrateToLatest(db);
  const passwordHash = await hashPassword(PASSWORD);
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  const log = (what: string, count: number) =>
    console.log(
      `${what.padEnd(16)} ${String(count).padStart(9)}  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );

  // Users: 200, with fixed names for the benchmark's logins.
  const users: { id: string; role: 'admin' | 'manager' | 'developer' }[] = [];
  const userRows = Array.from({ length: 200 }, (_, i) => {
    const role = i < 5 ? 'admin' : i < 50 ? 'manager' : 'developer';
    const username =
      i === 0 ? 'admin' : i === 5 ? 'manager' : i === 50 ? 'developer' : `${role}${i}`;
    const id = newId();
    users.push({ id, role });
    const at = ago(1500);
    return {
      id,
      username,
      email: `${username}@bench.example`,
      firstName: pick(FIRST_NAMES),
      lastName: pick(LAST_NAMES),
      role,
      isActive: true,
      passwordHash,
      createdAt: at,
      updatedAt: at,
      lastLoginAt: null,
      phone: null,
      gender: null,
      dateOfBirth: null,
    };
  });
  await insert(db, 'users', userRows);
  const managers = users.filter((u) => u.role === 'manager').map((u) => u.id);
  const developers = users.filter((u) => u.role === 'developer').map((u) => u.id);
  log('users', users.length);

  // Teams: 40, each with five developers (the main benchmark developer in two).
  const teams = Array.from({ length: 40 }, (_, i) => ({ id: newId(), name: `Team ${i + 1}` }));
  await insert(
    db,
    'teams',
    teams.map((t) => ({
      ...t,
      nameKey: t.name.toLowerCase(),
      description: words(6),
      createdAt: ago(1500),
      updatedAt: ago(1500),
    })),
  );
  const members = new Map<string, string[]>();
  const memberRows: Record<string, unknown>[] = [];
  teams.forEach((t, i) => {
    const ids = new Set<string>();
    if (i < 2) ids.add(developers[0] as string);
    while (ids.size < 5) ids.add(pick(developers));
    members.set(t.id, [...ids]);
    [...ids].forEach((userId, k) =>
      memberRows.push({ teamId: t.id, userId, isLead: k === 0, joinedAt: ago(1500) }),
    );
  });
  await insert(db, 'teamMembers', memberRows);
  log('teams', teams.length);

  // Clients with their contact details.
  const clients: { id: string; managerId: string }[] = [];
  const statuses = ['lead', 'active', 'active', 'active', 'paused', 'former'];
  const sources = [
    'referral',
    'website',
    'freelancePlatform',
    'conference',
    'coldOutreach',
    'partner',
    'other',
  ];
  for (let done = 0; done < n(100_000); done += 20_000) {
    const rows = [];
    const details = [];
    for (let i = done; i < Math.min(done + 20_000, n(100_000)); i++) {
      const id = newId();
      const managerId = pick(managers);
      clients.push({ id, managerId });
      const at = ago(1800);
      const name = `${pick(COMPANY_PARTS)} ${pick(COMPANY_PARTS)} ${pick(COMPANY_SUFFIX)} ${i}`;
      rows.push({
        id,
        name,
        type: rnd() < 0.8 ? 'company' : 'individual',
        isVip: rnd() < 0.05,
        source: pick(sources),
        status: pick(statuses),
        managerId,
        marketingConsent: rnd() < 0.5,
        notes: rnd() < 0.3 ? words(12) : null,
        createdAt: at,
        updatedAt: at,
        createdBy: managerId,
        updatedBy: managerId,
      });
      details.push({
        clientId: id,
        contactId: null,
        position: 0,
        kind: 'phone',
        value: `+380 44 ${int(100, 999)} ${int(10, 99)} ${int(10, 99)}`,
        network: null,
        label: null,
      });
      details.push({
        clientId: id,
        contactId: null,
        position: 1,
        kind: 'email',
        value: `info${i}@client${i}.example`,
        network: null,
        label: null,
      });
    }
    await insert(db, 'clients', rows);
    await insert(db, 'contactDetails', details);
  }
  log('clients', clients.length);

  const contacts: { id: string; clientId: string; managerId: string }[] = [];
  for (let done = 0; done < n(300_000); done += 50_000) {
    const rows = [];
    const details = [];
    for (let i = done; i < Math.min(done + 50_000, n(300_000)); i++) {
      const client = clients[i % clients.length] as (typeof clients)[number];
      const id = newId();
      contacts.push({ id, clientId: client.id, managerId: client.managerId });
      const at = ago(1800);
      rows.push({
        id,
        clientId: client.id,
        firstName: pick(FIRST_NAMES),
        lastName: pick(LAST_NAMES),
        position: pick(['CEO', 'CTO', 'PM', 'CFO', 'Директор']),
        notes: null,
        createdAt: at,
        updatedAt: at,
        createdBy: client.managerId,
        updatedBy: client.managerId,
      });
      details.push({
        clientId: null,
        contactId: id,
        position: 0,
        kind: 'email',
        value: `person${i}@client.example`,
        network: null,
        label: null,
      });
    }
    await insert(db, 'contacts', rows);
    await insert(db, 'contactDetails', details);
  }
  log('contacts', contacts.length);

  const channels = [
    'email',
    'phone',
    'meeting',
    'videoCall',
    'messenger',
    'social',
    'postalMail',
    'fax',
    'other',
  ];
  for (let done = 0; done < n(1_000_000); done += 50_000) {
    const rows = [];
    for (let i = done; i < Math.min(done + 50_000, n(1_000_000)); i++) {
      const c = pick(contacts);
      const at = ago(1100);
      rows.push({
        id: newId(),
        contactId: c.id,
        clientId: c.clientId,
        occurredAt: at,
        channel: pick(channels),
        channelNote: null,
        direction: rnd() < 0.5 ? 'incoming' : 'outgoing',
        description: words(int(6, 20)),
        authorId: rnd() < 0.9 ? c.managerId : pick(managers),
        projectId: null,
        taskId: null,
        documentId: null,
        createdAt: at,
        updatedAt: at,
      });
    }
    await insert(db, 'communications', rows);
  }
  log('communications', n(1_000_000));

  const projects: { id: string; teamId: string }[] = [];
  const projectRows = [];
  for (let i = 0; i < n(20_000); i++) {
    const client = pick(clients);
    const team = pick(teams);
    const id = newId();
    projects.push({ id, teamId: team.id });
    const at = ago(1500);
    projectRows.push({
      id,
      name: `${words(2)} ${i}`,
      description: words(15),
      clientId: client.id,
      teamId: team.id,
      budgetAmount: int(100, 5000) * 10_000,
      budgetCurrency: pick(['USD', 'EUR', 'UAH']),
      status: pick(['planned', 'active', 'active', 'onHold', 'completed', 'cancelled']),
      startDate: at.slice(0, 10),
      deadline: new Date(Date.parse(at) + 200 * DAY).toISOString().slice(0, 10),
      createdAt: at,
      updatedAt: at,
      createdBy: client.managerId,
      updatedBy: client.managerId,
    });
  }
  await insert(db, 'projects', projectRows);
  log('projects', projects.length);

  for (let done = 0; done < n(200_000); done += 25_000) {
    const tasks = [];
    const assignees = [];
    const comments = [];
    for (let i = done; i < Math.min(done + 25_000, n(200_000)); i++) {
      const project = projects[i % projects.length] as (typeof projects)[number];
      const id = newId();
      const isDone = rnd() < 0.4;
      const at = ago(1400);
      tasks.push({
        id,
        projectId: project.id,
        title: words(int(3, 7)),
        description: words(20),
        deadline: new Date(Date.parse(at) + int(5, 120) * DAY).toISOString(),
        budgetAmount: int(1, 300) * 10_000,
        isDone,
        doneAt: isDone ? at : null,
        createdAt: at,
        updatedAt: at,
        createdBy: null,
        updatedBy: null,
      });
      const team = members.get(project.teamId) ?? [];
      for (const userId of [team[i % team.length], team[(i + 1) % team.length]]) {
        assignees.push({ taskId: id, userId, done: isDone, doneAt: isDone ? at : null });
      }
      for (let k = 0; k < (i % 2 === 0 ? 3 : 2); k++) {
        comments.push({
          id: newId(),
          taskId: id,
          projectId: project.id,
          authorId: rnd() < 0.5 ? team[k % team.length] : pick(managers),
          body: words(int(5, 25)),
          createdAt: new Date(Date.parse(at) + k * DAY).toISOString(),
          editedAt: null,
        });
      }
    }
    await insert(db, 'tasks', tasks);
    await insert(db, 'taskAssignees', assignees);
    await insert(db, 'taskComments', comments);
  }
  log('tasks', n(200_000));

  for (let done = 0; done < n(50_000); done += 25_000) {
    const rows = [];
    for (let i = done; i < Math.min(done + 25_000, n(50_000)); i++) {
      const at = ago(1500);
      rows.push({
        id: newId(),
        title: words(3),
        description: words(10),
        clientId: pick(clients).id,
        projectId: null,
        taskId: null,
        authorId: pick(managers),
        fileKey: `bench/${i}`,
        fileName: `file-${i}.pdf`,
        fileSize: int(1000, 5_000_000),
        contentType: 'application/pdf',
        sha256: '0'.repeat(64),
        createdAt: at,
        updatedAt: at,
      });
    }
    await insert(db, 'documents', rows);
  }
  log('documents', n(50_000));

  const tips = [];
  for (let i = 0; i < n(5_000); i++) {
    const at = ago(1500);
    const topic = pick([
      'Escalations',
      'Methodology',
      'Sales',
      'Onboarding',
      'Кризові ситуації',
      'Комунікація',
    ]);
    tips.push({
      id: newId(),
      topic,
      topicKey: topic.toLowerCase(),
      title: words(5),
      body: words(80),
      authorId: pick(managers),
      createdAt: at,
      updatedAt: at,
    });
  }
  await insert(db, 'advice', tips);
  log('tips', tips.length);

  // A database that has lived for years has planner statistics and, on PostgreSQL, a visibility
  // map (autovacuum; the server's periodic PRAGMA optimize); a freshly bulk-loaded one gets them
  // here — without the map every index-only scan reads the table too.
  await sql.raw(values['database-url'] ? 'vacuum analyze' : 'analyze').execute(db);
  if (values['database-url']) {
    // The counters kept by triggers were updated a million times inside the load's one
    // transaction per table, so PostgreSQL could not prune their old row versions as it does
    // between ordinary small writes: 666 monthly rows filled 6,500 pages and every statistics
    // read scanned them (10 ms instead of 0.1). Rewritten compactly, as after a normal life.
    await sql
      .raw(
        `vacuum full analyze client_counts, project_task_stats, team_task_counts,
         communication_day_stats, communication_author_stats, communication_month_stats,
         communication_author_month_stats`,
      )
      .execute(db);
  }
  log('vacuum/analyze', 0);

  await handle.close();
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await main();
