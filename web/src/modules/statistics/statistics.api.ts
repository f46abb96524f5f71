import type {
  ClientStatistics,
  ClientStatus,
  CommunicationStatistics,
  DeliveryStatistics,
  Page,
  User,
} from '@crm/contracts';
import { http } from '../../api/client';

type Query = Record<string, string | undefined>;

export const statisticsApi = {
  clients: (query: Query, signal?: AbortSignal) =>
    http.request<ClientStatistics>('/statistics/clients', { query, signal }),
  communications: (query: Query, signal?: AbortSignal) =>
    http.request<CommunicationStatistics>('/statistics/communications', { query, signal }),
  delivery: (query: Query, signal?: AbortSignal) =>
    http.request<DeliveryStatistics>('/statistics/delivery', { query, signal }),
  /** The people the manager filter offers. */
  managers: (signal?: AbortSignal) =>
    http.request<Page<User>>('/users', {
      query: { role: 'manager', pageSize: 100, sort: 'lastName' },
      signal,
    }),
  clientStatuses: (signal?: AbortSignal) =>
    http.request<ClientStatus[]>('/client-statuses', { signal }),
};
