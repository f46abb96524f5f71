import type { Page, SortSpec } from '@crm/contracts';
import { sql, type Expression, type SelectQueryBuilder } from 'kysely';

export interface PageRequest<F extends string> {
  page: number;
  pageSize: number;
  sort: SortSpec<F>;
}

/**
 * Runs a list query as the API's list envelope: an exact `total` from the same filtered query,
 * and one page ordered by the requested field with the primary key as tie-breaker, so paging is
 * stable. `sortColumns` maps every sortable API field to its SQL expression(s).
 */
export async function paginate<DB, TB extends keyof DB, O, F extends string>(
  query: SelectQueryBuilder<DB, TB, O>,
  request: PageRequest<F>,
  sortColumns: Record<F, Expression<unknown> | Expression<unknown>[]>,
  tieBreaker: Expression<unknown>,
  /** The filtered rows without the joins and columns only the page needs: a cheaper count. */
  countFrom?: SelectQueryBuilder<DB, keyof DB, unknown>,
): Promise<Page<O>> {
  const { page, pageSize, sort } = request;
  const columns = sortColumns[sort.field];
  let ordered = query;
  for (const column of Array.isArray(columns) ? columns : [columns]) {
    ordered = ordered.orderBy(column, (ob) =>
      sort.direction === 'desc' ? ob.desc().nullsLast() : ob.asc().nullsLast(),
    );
  }
  const countQuery = ((countFrom ?? query) as typeof query)
    .clearSelect()
    .clearOrderBy()
    .select(sql<number>`count(*)`.as('total'));
  const [countRow, items] = await Promise.all([
    countQuery.executeTakeFirst() as Promise<{ total: number | string } | undefined>,
    ordered
      .orderBy(tieBreaker, sort.direction)
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { items, total: Number(countRow?.total ?? 0), page, pageSize };
}
