import type { CreateTeamRequest, Page, Team, UpdateTeamRequest } from '@crm/contracts';
import { http } from '../../api/client';
import type { ApiListQuery } from '../../ui/list/useListQuery';

const path = (id: string) => `/teams/${encodeURIComponent(id)}`;

export const teamsApi = {
  list: (query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<Team>>('/teams', { query, signal }),
  get: (id: string, signal?: AbortSignal) => http.request<Team>(path(id), { signal }),
  create: (body: CreateTeamRequest) => http.request<Team>('/teams', { method: 'POST', body }),
  update: (id: string, body: UpdateTeamRequest) =>
    http.request<Team>(path(id), { method: 'PATCH', body }),
  remove: (id: string) => http.request<void>(path(id), { method: 'DELETE' }),
};
