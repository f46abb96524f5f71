import type { Page } from '@crm/contracts';
import type { QueryKey } from '@tanstack/react-query';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { QueryValue } from '../../api/httpClient';
import type { ListConfig, ListPatch, ListState } from './listState';
import {
  hasActiveFilters,
  patchListState,
  readListState,
  toApiQuery,
  writeListState,
} from './listState';

export type ApiListQuery = Record<string, QueryValue>;

export interface UseListQueryOptions<T, F extends string> {
  /** Keep it a module-level constant: its identity is a memo dependency. */
  config: ListConfig<F>;
  queryKey: (query: ApiListQuery) => QueryKey;
  queryFn: (query: ApiListQuery, signal: AbortSignal) => Promise<Page<T>>;
}

/**
 * A server-paged list whose page, size, search, sort and filters live in the URL query string,
 * so a list can be bookmarked, shared and restored with the back button.
 */
export function useListQuery<T, F extends string>({
  config,
  queryKey,
  queryFn,
}: UseListQueryOptions<T, F>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => readListState(searchParams, config), [searchParams, config]);
  const apiQuery = useMemo(() => toApiQuery(state), [state]);

  const query = useQuery({
    queryKey: queryKey(apiQuery),
    queryFn: ({ signal }) => queryFn(apiQuery, signal),
    // Keep showing the previous page while the next one loads instead of flashing empty.
    placeholderData: keepPreviousData,
  });

  const update = useCallback(
    (patch: ListPatch<F>, replace = false) => {
      setSearchParams(
        (current) =>
          writeListState(patchListState(readListState(current, config), patch), config, current),
        { replace },
      );
    },
    [config, setSearchParams],
  );

  const setSearch = useCallback((search: string) => update({ search }, true), [update]);
  const setFilter = useCallback(
    (key: F, value: string | undefined) =>
      update({ filters: { [key]: value } as Partial<Record<F, string>> }),
    [update],
  );
  const setSort = useCallback((sort: string | undefined) => update({ sort }), [update]);
  const setPage = useCallback(
    (page: number, pageSize?: number) =>
      update(pageSize && pageSize !== state.pageSize ? { pageSize } : { page }),
    [state.pageSize, update],
  );
  const reset = useCallback(() => {
    const cleared: ListState<F> = { ...state, page: 1, search: '', filters: {} };
    setSearchParams((current) => writeListState(cleared, config, current));
  }, [config, setSearchParams, state]);

  return {
    config,
    state,
    query,
    filtered: hasActiveFilters(state),
    setSearch,
    setFilter,
    setSort,
    setPage,
    update,
    reset,
  };
}

export type ListQueryResult<T, F extends string = string> = ReturnType<typeof useListQuery<T, F>>;
