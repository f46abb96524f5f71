import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { statisticsApi } from './statistics.api';
import type { StatisticsFilters } from './statisticsFilters';
import {
  readStatisticsFilters,
  toStatisticsQuery,
  writeStatisticsFilters,
} from './statisticsFilters';

type Query = ReturnType<typeof toStatisticsQuery>;

export const statisticsKeys = {
  all: ['statistics'] as const,
  clients: (query: Query) => [...statisticsKeys.all, 'clients', query] as const,
  communications: (query: Query) => [...statisticsKeys.all, 'communications', query] as const,
  delivery: (query: Query) => [...statisticsKeys.all, 'delivery', query] as const,
  managers: () => [...statisticsKeys.all, 'managers'] as const,
  clientStatuses: () => [...statisticsKeys.all, 'clientStatuses'] as const,
};

/** The page's filters, read from and written to the URL (so a view can be bookmarked). */
export function useStatisticsFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readStatisticsFilters(params), [params]);
  const setFilters = useCallback(
    (patch: Partial<StatisticsFilters>) =>
      setParams(
        (current) =>
          writeStatisticsFilters({ ...readStatisticsFilters(current), ...patch }, current),
        {
          replace: true,
        },
      ),
    [setParams],
  );
  return { filters, setFilters };
}

// While new figures load, the previous ones stay on screen instead of every chart blinking.
const common = { placeholderData: keepPreviousData, staleTime: 60_000 } as const;

export function useClientStatistics(filters: StatisticsFilters) {
  const query = toStatisticsQuery(filters);
  return useQuery({
    ...common,
    queryKey: statisticsKeys.clients(query),
    queryFn: ({ signal }) => statisticsApi.clients(query, signal),
  });
}

export function useCommunicationStatistics(filters: StatisticsFilters) {
  const query = toStatisticsQuery(filters);
  return useQuery({
    ...common,
    queryKey: statisticsKeys.communications(query),
    queryFn: ({ signal }) => statisticsApi.communications(query, signal),
  });
}

export function useDeliveryStatistics(filters: StatisticsFilters) {
  const query = toStatisticsQuery(filters);
  return useQuery({
    ...common,
    queryKey: statisticsKeys.delivery(query),
    queryFn: ({ signal }) => statisticsApi.delivery(query, signal),
  });
}

export function useManagers() {
  return useQuery({
    queryKey: statisticsKeys.managers(),
    queryFn: ({ signal }) => statisticsApi.managers(signal),
    staleTime: 5 * 60_000,
  });
}

export function useClientStatuses() {
  return useQuery({
    queryKey: statisticsKeys.clientStatuses(),
    queryFn: ({ signal }) => statisticsApi.clientStatuses(signal),
    staleTime: 5 * 60_000,
  });
}
