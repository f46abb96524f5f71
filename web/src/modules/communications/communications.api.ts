import type {
  Communication,
  CreateCommunicationRequest,
  Page,
  UpdateCommunicationRequest,
} from '@crm/contracts';
import { http } from '../../api/client';
import type { ApiListQuery } from '../../ui/list/useListQuery';

const path = (id: string) => `/communications/${encodeURIComponent(id)}`;

/** Whose history: a contact person's own, or a client's (all its contacts together). */
export interface HistorySource {
  kind: 'contact' | 'client';
  id: string;
}

const historyPath = ({ kind, id }: HistorySource) =>
  `/${kind === 'contact' ? 'contacts' : 'clients'}/${encodeURIComponent(id)}/communications`;

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
