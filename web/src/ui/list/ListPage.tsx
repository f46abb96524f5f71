import { Alert, Button, Card, Empty, Flex, Select, Table } from 'antd';
import type { TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../ErrorState';
import { useErrorMessage } from '../errorMessage';
import { PageHeader } from '../PageHeader';
import type { ListFilter } from './ListFilter';
import { PAGE_SIZES, sortFrom, sortOrderOf } from './listState';
import { SearchInput } from './SearchInput';
import type { ListQueryResult } from './useListQuery';
import { useScreenfulFirst } from './useScreenfulFirst';

export interface ListPageProps<T extends { id: string }, F extends string> {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Buttons in the page header, e.g. "New …". */
  actions?: ReactNode;
  list: ListQueryResult<T, F>;
  /** A column sorts by the API field named by its `key` when it has `sorter: true`. */
  columns: ColumnsType<T>;
  filters?: ListFilter<F>[];
  /** Filter controls a plain drop-down cannot be, e.g. a searchable picker; after `filters`. */
  extraFilters?: ReactNode;
  searchPlaceholder: string;
  /** What to say (and offer) when there is nothing at all yet. */
  emptyText: ReactNode;
  emptyAction?: ReactNode;
  onRowClick?: (record: T) => void;
}

/**
 * The standard list screen: header, search, filters and a server-paged, server-sorted table
 * with loading, empty and error states. All state comes from `useListQuery` (URL-synced).
 */
export function ListPage<T extends { id: string }, F extends string>({
  title,
  subtitle,
  actions,
  list,
  columns,
  filters = [],
  extraFilters,
  searchPlaceholder,
  emptyText,
  emptyAction,
  onRowClick,
}: ListPageProps<T, F>) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const { state, query, config } = list;
  // The table draws a new page in a background render React can pause for input and paint, so
  // a page of rows never blocks the page as one long task; until then the last page stays.
  const data = useDeferredValue(query.data);
  const drawing = data !== query.data;
  // …and its first page lands in two commits, a screenful of rows first.
  const rows = useScreenfulFirst(data?.items);
  const effectiveSort = state.sort ?? config.defaultSort;
  const { setPage } = list;

  // After deleting the last row of the last page, step back to a page that exists: judged on the
  // query's own answer, not on the rows still drawn from the one before.
  const answer = query.data;
  const lastPage = answer ? Math.max(1, Math.ceil(answer.total / state.pageSize)) : 1;
  const beyondEnd =
    !!answer && !query.isPlaceholderData && answer.total > 0 && state.page > lastPage;
  useEffect(() => {
    if (beyondEnd) setPage(lastPage);
  }, [beyondEnd, lastPage, setPage]);

  const tableColumns = useMemo(
    () =>
      columns.map((column) =>
        column.sorter && typeof column.key === 'string'
          ? {
              ...column,
              sortOrder: sortOrderOf(effectiveSort, column.key),
              sortDirections: ['ascend' as const, 'descend' as const],
            }
          : column,
      ),
    [columns, effectiveSort],
  );

  const handleTableChange: TableProps<T>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = typeof single?.columnKey === 'string' ? single.columnKey : undefined;
    list.setSort(field ? sortFrom(field, single?.order) : undefined);
  };

  if (query.isError && !data) {
    return (
      <>
        <PageHeader title={title} subtitle={subtitle} actions={actions} />
        <Card>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </Card>
      </>
    );
  }

  const empty = list.filtered ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.noMatches')}>
      <Button onClick={list.reset}>{t('list.clearFilters')}</Button>
    </Empty>
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText}>
      {emptyAction}
    </Empty>
  );

  return (
    <>
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      <Card styles={{ body: { padding: 0 } }}>
        <Flex gap={12} wrap align="center" style={{ padding: 16 }}>
          <SearchInput
            value={state.search}
            onChange={list.setSearch}
            placeholder={searchPlaceholder}
          />
          {filters.map((filter) => (
            <Select
              key={filter.key}
              allowClear
              placeholder={filter.placeholder}
              aria-label={filter.placeholder}
              value={state.filters[filter.key]}
              options={filter.options}
              onChange={(value?: string) => list.setFilter(filter.key, value)}
              showSearch={filter.showSearch ? { optionFilterProp: 'label' } : undefined}
              style={{ minWidth: filter.width ?? 170 }}
            />
          ))}
          {extraFilters}
          {list.filtered && (
            <Button type="link" onClick={list.reset}>
              {t('list.clearFilters')}
            </Button>
          )}
        </Flex>
        {query.isError && (
          <Alert
            type="warning"
            showIcon
            banner
            title={message(query.error)}
            action={
              <Button size="small" onClick={() => void query.refetch()}>
                {t('common.retry')}
              </Button>
            }
          />
        )}
        <Table<T>
          rowKey="id"
          columns={tableColumns}
          dataSource={rows}
          loading={query.isFetching || drawing}
          onChange={handleTableChange}
          locale={{ emptyText: query.isPending ? <div style={{ height: 120 }} /> : empty }}
          scroll={{ x: 'max-content' }}
          onRow={
            onRowClick
              ? (record) => ({ onClick: () => onRowClick(record), style: { cursor: 'pointer' } })
              : undefined
          }
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            hideOnSinglePage: false,
            showTotal: (total, [from, to]) => t('list.range', { from, to, count: total }),
            onChange: (page, pageSize) => setPage(page, pageSize),
            style: { padding: '0 16px' },
          }}
        />
      </Card>
    </>
  );
}
