import type { CreateUserRequest, Page, UpdateUserRequest, User } from '@crm/contracts';
import { http } from '../../api/client';
import type { ApiListQuery } from '../../ui/list/useListQuery';

const path = (id: string) => `/users/${encodeURIComponent(id)}`;

export const usersApi = {
  list: (query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<User>>('/users', { query, signal }),
  get: (id: string, signal?: AbortSignal) => http.request<User>(path(id), { signal }),
  create: (body: CreateUserRequest) => http.request<User>('/users', { method: 'POST', body }),
  update: (id: string, body: UpdateUserRequest) =>
    http.request<User>(path(id), { method: 'PATCH', body }),
  remove: (id: string) => http.request<void>(path(id), { method: 'DELETE' }),
  resetPassword: (id: string, password: string) =>
    http.request<void>(`${path(id)}/password`, { method: 'POST', body: { password } }),
  uploadPhoto: (id: string, file: Blob) =>
    http.request<User>(`${path(id)}/photo`, { method: 'PUT', rawBody: file }),
  deletePhoto: (id: string) => http.request<void>(`${path(id)}/photo`, { method: 'DELETE' }),
};
