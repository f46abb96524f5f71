import type { StatisticsQuery } from '@crm/contracts';
import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Executor } from '../../platform/db/audit.js';
import { jsonArrays, jsonArraysOf, periodOf } from '../../platform/db/dialect.js';

const n = (v: unknown) => Number(v ?? 0);

/** The range as half-open ISO bounds: [from 00:00, the day after `to` 00:00). */
export function bounds(q: StatisticsQuery): { from?: string; before?: string } {
  const out: { from?: string; before?: string } = {};
  if (q.from) out.from = `${q.from}T00:00:00.000Z`;
  if (q.to) out.before = new Date(Date.parse(`${q.to}T00:00:00.000Z`) + 86_400_000).toISOString();
  return out;
}

/** Clients created in the range, of the manager if one is given. */
function clients(db: Executor, q: StatisticsQuery) {
  const { from, before } = bounds(q);
  let base = db.selectFrom('clients as c');
  if (from) base = base.where('c.createdAt', '>=', from);
  if (before) base = base.where('c.createdAt', '<', before);
  if (q.managerId) base = base.where('c.managerId', '=', q.managerId);
  return base;
}

export async function clientFigures(db: Executor, q: StatisticsQuery) {
  const groupCount = (column: 'c.status' | 'c.source' | 'c.type') =>
    clients(db, q)
      .select([sql.ref(column).as('key'), sql<number>`count(*)`.as('count')])
      .groupBy(column)
      .orderBy(sql`count(*)`, 'desc')
      .execute();
  const [totals, byStatus, bySource, byType, byManager, perPeriod] = await Promise.all([
    clients(db, q)
      .select([
        sql<number>`count(*)`.as('total'),
        sql<number>`coalesce(sum(case when c.is_vip = ${true} then 1 else 0 end), 0)`.as('vip'),
      ])
      .executeTakeFirstOrThrow(),
    groupCount('c.status'),
    groupCount('c.source'),
    groupCount('c.type'),
    clients(db, q)
      .leftJoin('users as u', 'u.id', 'c.managerId')
      .select(['c.managerId', 'u.firstName', 'u.lastName', sql<number>`count(*)`.as('count')])
      .groupBy(['c.managerId', 'u.firstName', 'u.lastName'])
      .orderBy(sql`count(*)`, 'desc')
      .execute(),
    clients(db, q)
      .select([
        periodOf(db, 'c.createdAt', q.interval).as('period'),
        sql<number>`count(*)`.as('count'),
      ])
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute(),
  ]);
  const keyed = (rows: { key: unknown; count: unknown }[]) =>
    rows.map((r) => ({ key: String(r.key), count: n(r.count) }));
  return {
    total: n(totals.total),
    vip: n(totals.vip),
    byStatus: keyed(byStatus),
    bySource: keyed(bySource),
    byType: keyed(byType),
    byManager: byManager.map((r) => ({
      managerId: r.managerId,
      firstName: r.firstName,
      lastName: r.lastName,
      count: n(r.count),
    })),
    newPerPeriod: perPeriod.map((r) => ({ period: String(r.period), count: n(r.count) })),
  };
}

/** Communications that happened in the range, logged by the manager if one is given. */
function communications(db: Executor, q: StatisticsQuery) {
  const { from, before } = bounds(q);
  let base = db.selectFrom('communications as m');
  if (from) base = base.where('m.occurredAt', '>=', from);
  if (before) base = base.where('m.occurredAt', '<', before);
  if (q.managerId) base = base.where('m.authorId', '=', q.managerId);
  return base;
}

/** The figures' finest groups: per period, channel and direction. */
interface CommunicationGroup {
  period: unknown;
  channel: string;
  direction: string;
  count: unknown;
}

/** Days as 'YYYY-MM-DD' and months as 'YYYY-MM', in UTC. */
const monthAfter = (month: string, step: 1 | -1) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + step);
  return d.toISOString().slice(0, 7);
};
const lastDayOf = (month: string) =>
  new Date(Date.parse(`${monthAfter(month, 1)}-01T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);

/**
 * How a monthly series over the range splits: its whole months (read from the monthly
 * summaries) and the partial months at its ends as day ranges (read from the daily ones).
 * Null when the range holds no whole month or the series is weekly: the daily summaries answer
 * all of it.
 */
export function splitByMonths(q: Pick<StatisticsQuery, 'from' | 'to' | 'interval'>): {
  months: { first?: string; last?: string };
  dayRanges: { from: string; to: string }[];
} | null {
  if (q.interval !== 'month') return null;
  const first = q.from
    ? q.from.endsWith('-01')
      ? q.from.slice(0, 7)
      : monthAfter(q.from.slice(0, 7), 1)
    : undefined;
  const last = q.to
    ? q.to === lastDayOf(q.to.slice(0, 7))
      ? q.to.slice(0, 7)
      : monthAfter(q.to.slice(0, 7), -1)
    : undefined;
  if (first && last && first > last) return null;
  const dayRanges: { from: string; to: string }[] = [];
  if (q.from && !q.from.endsWith('-01')) {
    dayRanges.push({ from: q.from, to: lastDayOf(q.from.slice(0, 7)) });
  }
  if (q.to && q.to !== lastDayOf(q.to.slice(0, 7))) {
    dayRanges.push({ from: `${q.to.slice(0, 7)}-01`, to: q.to });
  }
  return { months: { first, last }, dayRanges };
}

/** A summary row's `column` (a day or a month) lies in [from, to]; either end may be open. */
function inRange(column: string, from?: string, to?: string): RawBuilder<SqlBool> {
  const limits = [
    ...(from ? [sql`${sql.ref(column)} >= ${from}`] : []),
    ...(to ? [sql`${sql.ref(column)} <= ${to}`] : []),
  ];
  return limits.length > 0 ? sql<SqlBool>`${sql.join(limits, sql` and `)}` : sql<SqlBool>`1 = 1`;
}

/**
 * The figures' groups of a summary, fetched as one JSON value (`jsonArraysOf`): years of months
 * are hundreds of rows of four short columns.
 */
async function groupsAsJson(query: {
  executeTakeFirstOrThrow(): Promise<{ rows: unknown }>;
}): Promise<CommunicationGroup[]> {
  const { rows } = await query.executeTakeFirstOrThrow();
  return jsonArrays(rows).map(([period, channel, direction, count]) => ({
    period,
    channel: String(channel),
    direction: String(direction),
    count,
  }));
}

/** An author's communications, with the author's name (none for the key of no author). */
interface AuthorCount {
  authorId: string | null;
  firstName: string | null;
  lastName: string | null;
  count: number;
}

/**
 * Authors' counts (grouped by `author_key`, '' for none) with their names, joined after the
 * grouping: a few dozen lookups in the same statement instead of a query of their own.
 */
function withAuthorNames(
  db: Executor,
  counts: SelectQueryBuilder<DB, never, { authorKey: string; count: number }>,
) {
  return db
    .selectFrom(counts.as('a'))
    .leftJoin('users as u', 'u.id', 'a.authorKey')
    .select(['a.authorKey', 'a.count', 'u.firstName', 'u.lastName'])
    .execute();
}

/**
 * Without a manager filter: the figures' groups and the authors' counts from the summaries kept
 * by triggers — whole months from the monthly ones, everything else from the daily ones.
 */
async function fromSummaries(
  db: Executor,
  q: StatisticsQuery,
): Promise<[CommunicationGroup[], AuthorCount[]]> {
  const split = splitByMonths(q);
  const dayRanges: { from?: string; to?: string }[] = split
    ? split.dayRanges
    : [{ from: q.from, to: q.to }];
  const byDay = dayRanges.map(
    (r) =>
      [
        groupsAsJson(
          db
            .selectFrom(
              db
                .selectFrom('communicationDayStats as s')
                .where(inRange('s.day', r.from, r.to))
                .select([
                  periodOf(db, 's.day', q.interval).as('period'),
                  's.channel',
                  's.direction',
                  sql<number>`sum(s.n)`.as('count'),
                ])
                .groupBy([sql`1`, 's.channel', 's.direction'])
                .as('g'),
            )
            .select(
              jsonArraysOf(db, [
                sql.ref('g.period'),
                sql.ref('g.channel'),
                sql.ref('g.direction'),
                sql.ref('g.count'),
              ]).as('rows'),
            ),
        ),
        withAuthorNames(
          db,
          db
            .selectFrom('communicationAuthorStats as s')
            .where(inRange('s.day', r.from, r.to))
            .select(['s.authorKey', sql<number>`sum(s.n)`.as('count')])
            .groupBy('s.authorKey'),
        ),
      ] as const,
  );
  const { first, last } = split?.months ?? {};
  const byMonth = split
    ? ([
        groupsAsJson(
          db
            .selectFrom('communicationMonthStats as s')
            .where(inRange('s.month', first, last))
            .select(
              jsonArraysOf(db, [
                sql.ref('s.month'),
                sql.ref('s.channel'),
                sql.ref('s.direction'),
                sql.ref('s.n'),
              ]).as('rows'),
            ),
        ),
        withAuthorNames(
          db,
          db
            .selectFrom('communicationAuthorMonthStats as s')
            .where(inRange('s.month', first, last))
            .select(['s.authorKey', sql<number>`sum(s.n)`.as('count')])
            .groupBy('s.authorKey'),
        ),
      ] as const)
    : null;
  const parts = byMonth ? [...byDay, byMonth] : byDay;
  const [groupParts, authorParts] = await Promise.all([
    Promise.all(parts.map((p) => p[0])),
    Promise.all(parts.map((p) => p[1])),
  ]);
  const authors = new Map<string, AuthorCount>();
  for (const row of authorParts.flat()) {
    const seen = authors.get(row.authorKey);
    if (seen) seen.count += n(row.count);
    else {
      authors.set(row.authorKey, {
        authorId: row.authorKey === '' ? null : row.authorKey,
        firstName: row.firstName,
        lastName: row.lastName,
        count: n(row.count),
      });
    }
  }
  return [groupParts.flat(), [...authors.values()]];
}

/**
 * Without a manager filter: from the summaries kept by triggers (whole months from the monthly
 * ones, the rest from the daily ones: a few hundred to a few thousand rows for years). With
 * one: a single pass over that manager's communications (their own index range), grouped by
 * period, channel and direction. Either way the totals, breakdowns and series are folded here
 * from one set of groups.
 */
export async function communicationFigures(db: Executor, q: StatisticsQuery) {
  let groups: CommunicationGroup[];
  let authors: AuthorCount[];
  if (q.managerId) {
    groups = await communications(db, q)
      .select([
        periodOf(db, 'm.occurredAt', q.interval).as('period'),
        'm.channel',
        'm.direction',
        sql<number>`count(*)`.as('count'),
      ])
      .groupBy([sql`1`, 'm.channel', 'm.direction'])
      .execute();
    const manager = await db
      .selectFrom('users')
      .select(['firstName', 'lastName'])
      .where('id', '=', q.managerId)
      .executeTakeFirst();
    authors = [
      {
        authorId: q.managerId,
        firstName: manager?.firstName ?? null,
        lastName: manager?.lastName ?? null,
        count: groups.reduce((sum, g) => sum + n(g.count), 0),
      },
    ];
  } else {
    [groups, authors] = await fromSummaries(db, q);
  }

  const channels = new Map<string, number>();
  const directions = new Map<string, number>();
  const series: { period: string; channel: string; direction: string; count: number }[] = [];
  let total = 0;
  const add = (map: Map<string, number>, key: string, count: number) =>
    map.set(key, (map.get(key) ?? 0) + count);
  for (const g of groups) {
    const count = n(g.count);
    if (count === 0) continue;
    total += count;
    add(channels, g.channel, count);
    add(directions, g.direction, count);
    series.push({ period: String(g.period), channel: g.channel, direction: g.direction, count });
  }
  // Ties in a stable order, whichever summaries the counts came from.
  const keyed = (map: Map<string, number>) =>
    [...map]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    total,
    byChannel: keyed(channels),
    byDirection: keyed(directions),
    byManager: authors
      .filter((a) => a.count > 0)
      .map((a) => ({
        managerId: a.authorId,
        firstName: a.firstName,
        lastName: a.lastName,
        count: a.count,
      }))
      .sort((a, b) => b.count - a.count || (a.managerId ?? '').localeCompare(b.managerId ?? '')),
    series: series.sort(
      (a, b) =>
        a.period.localeCompare(b.period) ||
        a.channel.localeCompare(b.channel) ||
        a.direction.localeCompare(b.direction),
    ),
  };
}

/** Projects created in the range, of the manager's clients if one is given. */
function projects(db: Executor, q: StatisticsQuery) {
  const { from, before } = bounds(q);
  let base = db
    .selectFrom('projects as p')
    .innerJoin('clients as c', 'c.id', 'p.clientId')
    .innerJoin('projectTaskStats as s', 's.projectId', 'p.id');
  if (from) base = base.where('p.createdAt', '>=', from);
  if (before) base = base.where('p.createdAt', '<', before);
  if (q.managerId) base = base.where('c.managerId', '=', q.managerId);
  return base;
}

export async function deliveryFigures(db: Executor, q: StatisticsQuery, now: string) {
  const { from, before } = bounds(q);
  let tasks = db
    .selectFrom('tasks as x')
    .innerJoin('projects as p', 'p.id', 'x.projectId')
    .innerJoin('clients as c', 'c.id', 'p.clientId');
  if (from) tasks = tasks.where('x.createdAt', '>=', from);
  if (before) tasks = tasks.where('x.createdAt', '<', before);
  if (q.managerId) tasks = tasks.where('c.managerId', '=', q.managerId);
  const spent = sql<number>`s.tasks_budget`;
  const [byStatus, taskTotals, budgetUse] = await Promise.all([
    projects(db, q)
      .select(['p.status as key', sql<number>`count(*)`.as('count')])
      .groupBy('p.status')
      .orderBy(sql`count(*)`, 'desc')
      .execute(),
    tasks
      .select([
        sql<number>`count(*)`.as('total'),
        sql<number>`coalesce(sum(case when x.is_done = ${true} then 1 else 0 end), 0)`.as('done'),
        sql<number>`coalesce(sum(case when x.is_done = ${false} and x.deadline < ${now} then 1 else 0 end), 0)`.as(
          'overdue',
        ),
      ])
      .executeTakeFirstOrThrow(),
    projects(db, q)
      .select([
        'p.id',
        'p.name',
        'c.name as clientName',
        'p.budgetAmount',
        'p.budgetCurrency',
        spent.as('spent'),
      ])
      .orderBy(sql`case when ${spent} > p.budget_amount then 0 else 1 end`)
      .orderBy(
        sql`case when p.budget_amount = 0 then 0 else 1.0 * ${spent} / p.budget_amount end`,
        'desc',
      )
      .orderBy('p.id')
      .limit(sql.lit(50)) // in the text, as `pageWindow` writes a page's
      .execute(),
  ]);
  const total = n(taskTotals.total);
  const done = n(taskTotals.done);
  return {
    byStatus: byStatus.map((r) => ({ key: r.key, count: n(r.count) })),
    tasks: { total, done, open: total - done, overdue: n(taskTotals.overdue) },
    budgetUse,
  };
}
