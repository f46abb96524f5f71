import type { Page, SortSpec } from '@crm/contracts';
import {
  sql,
  type Expression,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';

export interface PageRequest<F extends string> {
  page: number;
  pageSize: number;
  sort: SortSpec<F>;
  /** `false` when the caller shows the page only (home pages): no count is run, total is -1. */
  withTotal?: boolean;
}

/**
 * A query answering a list's `total` (any tables: it shares no rows with the page's), which can
 * also be a scalar subquery of the page's query.
 */
export interface TotalQuery extends Expression<unknown> {
  executeTakeFirst(): Promise<{ total: number | string | null } | undefined>;
}

/** The column of the page's first row that carries the list's total. */
const PAGE_TOTAL = 'pageTotal';

/** Where a list's `total` and keys come from, when not from the page's own query. */
export interface PageSources<DB> {
  /**
   * The filtered rows without the joins and columns only the page needs: counted, and the page's
   * keys taken from it (every sort column must be on it).
   */
  countFrom?: SelectQueryBuilder<DB, keyof DB, unknown>;
  /** A cheaper query answering the same `total` (a counter kept by triggers), when there is one. */
  totalFrom?: TotalQuery;
  /**
   * The page's rows come in the order of its keys instead of being sorted again: for a sort
   * expensive to compute twice (a relevance rank over every match), the page's query then needs
   * neither the expression nor its joins. Costs PostgreSQL one more round trip.
   */
  inKeyOrder?: boolean;
  /**
   * The page's keys and the total from one statement, each key's row carrying `count(*) over ()`
   * (`totalFrom` and `pageKeys` are then left unused): for filters costly to evaluate twice, as
   * a PostgreSQL full-text match is (each match is read and checked again). Costs one more round
   * trip than the total in the page's statement: the keys come first, then the page's rows in
   * their order.
   */
  totalWithKeys?: boolean;
  /** The total, when the caller has counted already. */
  total?: number;
  /**
   * The page's keys in page order, when the caller finds them more cheaply than from `countFrom`
   * (with `inKeyOrder`): given the page's limit and offset.
   */
  pageKeys?: (limit: number, offset: number) => Promise<unknown[]> | null;
}

/**
 * A page's `limit` (and `offset`) clause, for statements written as SQL text. The limit is
 * written into the text — page sizes are a few validated integers, so the shapes stay few — and
 * a first page has no offset. PostgreSQL plans a statement whose limit or offset is a bound value
 * as if a tenth of its rows were wanted, so a named statement's one plan for all values looked
 * dearer than each call's own and every call was planned anew. A later page's offset stays bound:
 * one shape for all of them, planned per call as before.
 */
export function pageWindow(limit: number, offset: number): RawBuilder<unknown> {
  const rows = sql.lit(limitCount(limit));
  return offset > 0 ? sql`limit ${rows} offset ${offset}` : sql`limit ${rows}`;
}

/**
 * A `limit` to the end of a page (its offset and limit together), for the parts a page is merged
 * from: written like `pageWindow`'s on a first page, the offset bound on later ones, so deeper
 * pages do not each make a statement of their own.
 */
export function pageEndLimit(limit: number, offset: number): RawBuilder<unknown> {
  return offset > 0 ? sql`limit ${sql.lit(limitCount(limit))} + ${offset}` : pageWindow(limit, 0);
}

/** The same as `pageWindow` for a query builder. */
export function withPageWindow<Q extends { limit(n: Expression<number>): Q; offset(n: number): Q }>(
  q: Q,
  limit: number,
  offset = 0,
): Q {
  const limited = q.limit(sql.lit(limitCount(limit)));
  return offset > 0 ? limited.offset(offset) : limited;
}

function limitCount(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`Bad limit: ${limit}`);
  return limit;
}

/**
 * A nullable sort column whose NULLs go last through a term of their own — `(column is null)`
 * ascending, then the column in the list's direction — instead of a NULLS LAST clause. SQLite's
 * indexes keep NULLs first, so they can never give a NULLS LAST order; an index on
 * `(…, (column is null), column, id)` gives this one, ascending, on both databases.
 */
export class NullsLast {
  constructor(readonly column: Expression<unknown>) {}
}

/**
 * One sort term: a NOT NULL expression, ordered plainly in the list's direction (so one ascending
 * index serves both directions, scanned backwards for descending: PostgreSQL cannot scan an index
 * backwards for `DESC NULLS LAST`, nor SQLite forwards for `ASC NULLS LAST`), or a nullable
 * column as a `NullsLast` term.
 */
export type SortTerm = Expression<unknown> | NullsLast;

/**
 * Runs a list query as the API's list envelope: an exact `total` from the same filtered query,
 * and one page ordered by the requested field with the primary key as tie-breaker, so paging is
 * stable. `sortColumns` maps every sortable API field to its SQL expression(s).
 */
export async function paginate<DB, TB extends keyof DB, O, F extends string>(
  query: SelectQueryBuilder<DB, TB, O>,
  request: PageRequest<F>,
  sortColumns: Record<F, SortTerm | SortTerm[]>,
  tieBreaker: Expression<unknown>,
  sources: PageSources<NoInfer<DB>> = {},
): Promise<Page<O>> {
  const { page, pageSize, sort } = request;
  const columns = sortColumns[sort.field];
  const orderBy = <Q extends SelectQueryBuilder<DB, TB, unknown>>(q: Q): Q => {
    let ordered = q;
    for (const column of Array.isArray(columns) ? columns : [columns]) {
      ordered = (
        column instanceof NullsLast
          ? ordered.orderBy(sql`(${column.column} is null)`).orderBy(column.column, sort.direction)
          : ordered.orderBy(column, sort.direction)
      ) as Q;
    }
    return ordered.orderBy(tieBreaker, sort.direction) as Q;
  };
  const filtered = (sources.countFrom ?? query) as typeof query;
  const countQuery =
    sources.totalFrom ??
    filtered
      .clearSelect()
      .clearOrderBy()
      .select(sql<number>`count(*)`.as('total'));
  // The page's keys first, from the filtered rows with no columns (no per-row subqueries, no wide
  // rows to sort or skip), then the columns for those keys only: a deep page or a large match
  // costs an index walk, not thousands of computed rows.
  const keys = withPageWindow(
    orderBy(filtered.clearSelect().select(sql`${tieBreaker}`.as('pageKey'))),
    pageSize,
    (page - 1) * pageSize,
  );
  // The total is counted by the page's own query, as a scalar subquery (run once, as it refers
  // to no row of the page) in one more column: one statement per page instead of two — on
  // PostgreSQL one round trip fewer, which was most of a list's time in the server (each query's
  // write to the database's socket). Only an empty page is counted by a query of its own.
  const counted = request.withTotal !== false && sources.total === undefined;
  const withTotal = (q: typeof query) =>
    counted
      ? (q.select(sql<number | string | null>`${countQuery}`.as(PAGE_TOTAL)) as typeof query)
      : q;
  const envelope = (items: O[], total: unknown): Page<O> => ({
    items,
    total: Number(total ?? 0),
    page,
    pageSize,
  });
  const countedAlone = async () =>
    ((await countQuery.executeTakeFirst()) as { total: unknown } | undefined)?.total;
  // The rows of the page's keys, in the keys' order.
  const inOrderOf = (ids: unknown[], q: typeof query): Promise<O[]> | O[] => {
    if (ids.length === 0) return [];
    const position = sql.join(
      ids.map((id, i) => sql`when ${id} then ${sql.lit(i)}`),
      sql` `,
    );
    return q
      .where(sql<SqlBool>`${tieBreaker} in (${sql.join(ids)})`)
      .orderBy(sql`case ${tieBreaker} ${position} end`)
      .execute();
  };
  if (counted && sources.totalWithKeys) {
    const keyed = (await keys
      .select(sql<number | string>`count(*) over ()`.as(PAGE_TOTAL))
      .execute()) as { pageKey: unknown; pageTotal: number | string }[];
    const items = await inOrderOf(
      keyed.map((k) => k.pageKey),
      query,
    );
    // Past the last page no key's row carries the total: counted on its own.
    return envelope(items, keyed[0]?.pageTotal ?? (page > 1 ? await countedAlone() : 0));
  }
  const rows = async (): Promise<O[]> => {
    if (!sources.inKeyOrder) {
      // A query builder is written in parentheses already: `in (select …)`, never `in ((select …))`,
      // which some SQLite versions read as a one-value list.
      return orderBy(withTotal(query).where(sql<SqlBool>`${tieBreaker} in ${keys}`)).execute();
    }
    const ids =
      (await sources.pageKeys?.(pageSize, (page - 1) * pageSize)) ??
      (await keys.execute()).map((k) => (k as { pageKey: unknown }).pageKey);
    return inOrderOf(ids, withTotal(query));
  };
  // Counted already and nothing there: no page to look for.
  if (sources.total === 0) return envelope([], request.withTotal === false ? -1 : 0);
  const items = await rows();
  if (!counted) return envelope(items, request.withTotal === false ? -1 : sources.total);
  let total: unknown;
  if (items.length > 0) {
    // The column is the rows' last: deleting it leaves them plain objects.
    for (const row of items as Record<string, unknown>[]) {
      total = row[PAGE_TOTAL];
      delete row[PAGE_TOTAL];
    }
  } else {
    total = await countedAlone();
  }
  return envelope(items, total);
}

/**
 * A page of one record's children (a client's history, a task's comments) that looks the record
 * up only when the list is empty: a list with a total shows the record is there — its children
 * reference it by foreign key and, where the record is scoped, were read within the actor's
 * scope — so only an empty one runs `checkParent` (which throws the 404) to tell an empty list
 * from a record not there. One statement fewer for every list with rows. Not for children read
 * outside the record's scope: their record's check must come first.
 */
export async function checkedWhenEmpty<T>(
  page: Promise<Page<T>>,
  checkParent: () => Promise<unknown>,
): Promise<Page<T>> {
  const result = await page;
  if (result.total === 0) await checkParent();
  return result;
}
