import type {
  Communication,
  CreateCommunicationRequest,
  Page,
  UpdateCommunicationRequest,
} from '@crm/contracts';
import { http } from '../../api/client';
import type { ApiListQuery } from '../../ui/list/useListQuery';

const path = (id: string) => `/communications/${encodeURIComponent(id)}`;

/**
 * Whose history: a contact person's own, a client's (all its contacts together), or the
 * communications about a project or a task (those endpoints are for managers and admins only).
 */
export interface HistorySource {
  kind: 'contact' | 'client' | 'project' | 'task';
  id: string;
}

const historyCollections: Record<HistorySource['kind'], string> = {
  contact: 'contacts',
  client: 'clients',
  project: 'projects',
  task: 'tasks',
};

const historyPath = ({ kind, id }: HistorySource) =>
  `/${historyCollections[kind]}/${encodeURIComponent(id)}/communications`;

export const communicationsApi = {
  history: (source: HistorySource, query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<Communication>>(historyPath(source), { query, signal }),
  get: (id: string, signal?: AbortSignal) => http.request<Communication>(path(id), { signal }),
  create: (body: CreateCommunicationRequest) =>
    http.request<Communication>('/communications', { method: 'POST', body }),
  update: (id: string, body: UpdateCommunicationRequest) =>
    http.request<Communication>(path(id), { method: 'PATCH', body }),
  remove: (id: string) => http.request<void>(path(id), { method: 'DELETE' }),
};
