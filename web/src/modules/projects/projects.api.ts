import type {
  Comment,
  CreateProjectRequest,
  Page,
  Project,
  UpdateProjectRequest,
} from '@crm/contracts';
import { http } from '../../api/client';
import type { ApiListQuery } from '../../ui/list/useListQuery';

const path = (id: string) => `/projects/${encodeURIComponent(id)}`;

/** What a project form needs of a client: managers only (developers get 403 on /clients). */
export interface ClientOption {
  id: string;
  name: string;
}

export const projectsApi = {
  list: (query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<Project>>('/projects', { query, signal }),
  get: (id: string, signal?: AbortSignal) => http.request<Project>(path(id), { signal }),
  create: (body: CreateProjectRequest) =>
    http.request<Project>('/projects', { method: 'POST', body }),
  update: (id: string, body: UpdateProjectRequest) =>
    http.request<Project>(path(id), { method: 'PATCH', body }),
  /** Without `cascade` a project with tasks answers 409 PROJECT_NOT_EMPTY. */
  remove: (id: string, cascade = false) =>
    http.request<void>(path(id), {
      method: 'DELETE',
      query: { cascade: cascade ? 'true' : undefined },
    }),
  /** The comments of all its tasks, newest first. */
  comments: (id: string, query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<Comment>>(`${path(id)}/comments`, { query, signal }),
  clients: (query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<ClientOption>>('/clients', { query, signal }),
};
