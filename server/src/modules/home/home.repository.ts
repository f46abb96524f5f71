import { MAX_FUTURE_MS } from '@crm/contracts';
import { sql, type SqlBool } from 'kysely';
import { withPageWindow } from '../../platform/db/paging.js';
import type { Executor } from '../../platform/db/audit.js';
import type { Actor } from '../../platform/auth/tokens.js';
import { assignmentsOf } from '../tasks/index.js';

const n = (v: unknown) => Number(v ?? 0);

/**
 * One round trip for a manager's counters, planned once on PostgreSQL: the constant VIP flag is
 * written into the statement and the author's daily counts are a range bounded on both sides (the
 * last day a communication can be dated, `MAX_FUTURE_MS` ahead of now), so the statement's
 * generic plan is costed from its real shape — with `is_vip` bound and an open-ended `day >` it
 * was estimated dearer than a plan made for each call's values (149 against 99 on the bench
 * data), so the figures were planned anew for every request.
 */
export async function managerFigures(db: Executor, userId: string, since: string, now: string) {
  const sinceDay = since.slice(0, 10);
  const nextDay = new Date(Date.parse(`${sinceDay}T00:00:00.000Z`) + 86_400_000).toISOString();
  const lastDay = new Date(Date.parse(now) + MAX_FUTURE_MS).toISOString().slice(0, 10);
  const r = await db
    .selectNoFrom([
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
    ])
    .executeTakeFirstOrThrow();
  return {
    clients: n(r.clients),
    vip: n(r.vip),
    tipsWritten: n(r.tipsWritten),
    tasksCreated: n(r.tasksCreated),
    communications: n(r.communications),
  };
}

/** The budgets of a manager's clients' projects, summed per currency. */
export function budgetsOfManager(db: Executor, userId: string) {
  return db
    .selectFrom('projects as p')
    .where('p.clientManagerId', '=', userId)
    .select(['p.budgetCurrency as currency', sql<number>`sum(p.budget_amount)`.as('amount')])
    .groupBy('p.budgetCurrency')
    .orderBy('p.budgetCurrency')
    .execute();
}

/**
 * Open and overdue counts of a user's tasks (from their assignments, which carry each task's
 * state: one index range) or of the tasks of a manager's clients' projects.
 */
export async function taskCounts(
  db: Executor,
  where: { assigneeId: string; actor: Actor } | { clientManagerId: string },
  now: string,
): Promise<{ open: number; overdue: number }> {
  const counted = [
    sql<number>`count(*)`.as('open'),
    sql<number>`coalesce(sum(case when x.deadline < ${now} then 1 else 0 end), 0)`.as('overdue'),
  ];
  let r;
  if ('assigneeId' in where) {
    r = await assignmentsOf(db, where.actor, where.assigneeId)
      .where(sql<SqlBool>`x.is_done = ${false}`)
      .select(counted)
      .executeTakeFirstOrThrow();
  } else {
    r = await db
      .selectFrom('tasks as x')
      .where('x.isDone', '=', false)
      .where('x.clientManagerId', '=', where.clientManagerId)
      .select(counted)
      .executeTakeFirstOrThrow();
  }
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
