import { MAX_FUTURE_MS, type Currency } from '@crm/contracts';
import { sql, type SqlBool } from 'kysely';
import { jsonArrays, jsonArraysOf } from '../../platform/db/dialect.js';
import { withPageWindow } from '../../platform/db/paging.js';
import type { Executor } from '../../platform/db/audit.js';
import type { Actor } from '../../platform/auth/tokens.js';
import { assignmentsOf } from '../tasks/index.js';

const n = (v: unknown) => Number(v ?? 0);

/** Open tasks (`x`) counted, and those of them past their deadline, in one pass. */
const openAndOverdue = (now: string) => [
  sql<number>`count(*)`.as('open'),
  sql<number>`coalesce(sum(case when x.deadline < ${now} then 1 else 0 end), 0)`.as('overdue'),
];

/**
 * A manager's counters, open and overdue task counts and budgets per currency: one statement, one
 * round trip (three before: each its own query, built, sent and answered). Planned once on
 * PostgreSQL: the constant flags are written into the statement and the author's daily counts are
 * a range bounded on both sides (the last day a communication can be dated, `MAX_FUTURE_MS` ahead
 * of now), so the statement's generic plan is costed from its real shape — with `is_vip` bound
 * and an open-ended `day >` it was estimated dearer than a plan made for each call's values (149
 * against 99 on the bench data), so the figures were planned anew for every request.
 */
export async function managerFigures(db: Executor, userId: string, since: string, now: string) {
  const sinceDay = since.slice(0, 10);
  const nextDay = new Date(Date.parse(`${sinceDay}T00:00:00.000Z`) + 86_400_000).toISOString();
  const lastDay = new Date(Date.parse(now) + MAX_FUTURE_MS).toISOString().slice(0, 10);
  // The open tasks of the manager's clients' projects: one range of `(client_manager_id, is_done,
  // …)`, counted and their overdue ones summed in the same pass.
  const openTasks = db
    .selectFrom('tasks as x')
    .where('x.clientManagerId', '=', userId)
    .where(sql<SqlBool>`x.is_done = ${sql.lit(false)}`)
    .select(openAndOverdue(now));
  const budgets = db
    .selectFrom('projects as p')
    .where('p.clientManagerId', '=', userId)
    .select(['p.budgetCurrency as currency', sql<number>`sum(p.budget_amount)`.as('amount')])
    .groupBy('p.budgetCurrency');
  const r = await db
    .selectFrom(openTasks.as('t'))
    .select([
      sql<number>`(select count(*) from clients where manager_id = ${userId})`.as('clients'),
      sql<number>`(select count(*) from clients where manager_id = ${userId} and is_vip = ${sql.lit(true)})`.as(
        'vip',
      ),
      sql<number>`(select count(*) from advice where author_id = ${userId})`.as('tipsWritten'),
      sql<number>`(select count(*) from tasks where created_by = ${userId})`.as('tasksCreated'),
      // The whole days after `since` from the author's daily counts (migration 0017), the
      // rest of its own day from the communications.
      sql<number>`(select count(*) from communications where author_id = ${userId}
        and occurred_at >= ${since} and occurred_at < ${nextDay})
        + (select coalesce(sum(n), 0) from communication_author_stats
          where author_key = ${userId} and day > ${sinceDay} and day <= ${lastDay})`.as(
        'communications',
      ),
      't.open',
      't.overdue',
      sql<unknown>`(select ${jsonArraysOf(db, [sql.ref('b.currency'), sql.ref('b.amount')])} from ${budgets.as('b')})`.as(
        'budgets',
      ),
    ])
    .executeTakeFirstOrThrow();
  return {
    clients: n(r.clients),
    vip: n(r.vip),
    tipsWritten: n(r.tipsWritten),
    tasksCreated: n(r.tasksCreated),
    communications: n(r.communications),
    tasks: { open: n(r.open), overdue: n(r.overdue) },
    budgets: jsonArrays(r.budgets)
      .map(([currency, amount]) => ({ currency: currency as Currency, amount: n(amount) }))
      .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0)),
  };
}

/**
 * Open and overdue counts of the actor's tasks, from their assignments, which carry each task's
 * state: one index range.
 */
export async function taskCounts(
  db: Executor,
  actor: Actor,
  now: string,
): Promise<{ open: number; overdue: number }> {
  const r = await assignmentsOf(db, actor, actor.id)
    .where(sql<SqlBool>`x.is_done = ${false}`)
    .select(openAndOverdue(now))
    .executeTakeFirstOrThrow();
  return { open: n(r.open), overdue: n(r.overdue) };
}

export function teamsOf(db: Executor, userId: string) {
  return db
    .selectFrom('teamMembers as m')
    .innerJoin('teams as t', 't.id', 'm.teamId')
    .where('m.userId', '=', userId)
    .select(['t.id', 't.name', 'm.isLead'])
    .orderBy('t.name')
    .execute();
}

export async function usersByRole(db: Executor) {
  const rows = await db
    .selectFrom('users')
    .select(['role', 'isActive', sql<number>`count(*)`.as('n')])
    .groupBy(['role', 'isActive'])
    .execute();
  const out = { admin: 0, manager: 0, developer: 0, inactive: 0 };
  for (const r of rows) {
    if (r.isActive === true || r.isActive === 1) out[r.role] += n(r.n);
    else out.inactive += n(r.n);
  }
  return out;
}

export function recentSignIns(db: Executor, limit: number) {
  return withPageWindow(
    db
      .selectFrom('users')
      .select(['id', 'username', 'firstName', 'lastName', 'role', 'lastLoginAt'])
      .where('lastLoginAt', 'is not', null)
      .orderBy('lastLoginAt', 'desc'),
    limit,
  ).execute();
}
