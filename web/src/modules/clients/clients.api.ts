import type {
  Client,
  ClientStatus,
  CreateClientRequest,
  Page,
  UpdateClientRequest,
} from '@crm/contracts';
import { http } from '../../api/client';
import type { ApiListQuery } from '../../ui/list/useListQuery';

const path = (id: string) => `/clients/${encodeURIComponent(id)}`;
const statusPath = (key: string) => `/client-statuses/${encodeURIComponent(key)}`;

export const clientsApi = {
  list: (query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<Client>>('/clients', { query, signal }),
  get: (id: string, signal?: AbortSignal) => http.request<Client>(path(id), { signal }),
  create: (body: CreateClientRequest) => http.request<Client>('/clients', { method: 'POST', body }),
  update: (id: string, body: UpdateClientRequest) =>
    http.request<Client>(path(id), { method: 'PATCH', body }),
  /** Without `cascade` a client that still has contacts answers 409 `CLIENT_NOT_EMPTY`. */
  remove: (id: string, cascade = false) =>
    http.request<void>(path(id), {
      method: 'DELETE',
      query: cascade ? { cascade: true } : undefined,
    }),
  uploadPhoto: (id: string, file: Blob) =>
    http.request<Client>(`${path(id)}/photo`, { method: 'PUT', rawBody: file }),
  deletePhoto: (id: string) => http.request<void>(`${path(id)}/photo`, { method: 'DELETE' }),

  statuses: (signal?: AbortSignal) => http.request<ClientStatus[]>('/client-statuses', { signal }),
  createStatus: (body: { key: string; label: string }) =>
    http.request<ClientStatus>('/client-statuses', { method: 'POST', body }),
  updateStatus: (key: string, body: { label?: string; position?: number }) =>
    http.request<ClientStatus>(statusPath(key), { method: 'PATCH', body }),
  removeStatus: (key: string) => http.request<void>(statusPath(key), { method: 'DELETE' }),
};
