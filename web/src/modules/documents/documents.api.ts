import type {
  Client,
  Communication,
  DocumentRecord,
  Page,
  Project,
  Task,
  UpdateDocumentRequest,
  User,
} from '@crm/contracts';
import { http } from '../../api/client';
import type { ApiListQuery } from '../../ui/list/useListQuery';
import type { UploadProgress } from './upload';
import { uploadFile } from './upload';

const path = (id: string) => `/documents/${encodeURIComponent(id)}`;

/** What a new document is linked to; the server fills in the project and client of a task. */
export interface DocumentLinks {
  clientId?: string | null;
  projectId?: string | null;
  taskId?: string | null;
}

export interface NewDocument extends DocumentLinks {
  title: string;
  description?: string | null;
  file: File;
}

export interface UploadCallbacks {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

function uploadForm(fields: Record<string, string | null | undefined>, file: File): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value) form.append(key, value);
  }
  // The file goes last: the server reads the text fields before the (possibly large) file.
  form.append('file', file, file.name);
  return form;
}

export const documentsApi = {
  list: (query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<DocumentRecord>>('/documents', { query, signal }),
  get: (id: string, signal?: AbortSignal) => http.request<DocumentRecord>(path(id), { signal }),
  update: (id: string, body: UpdateDocumentRequest) =>
    http.request<DocumentRecord>(path(id), { method: 'PATCH', body }),
  remove: (id: string) => http.request<void>(path(id), { method: 'DELETE' }),
  communications: (id: string, query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<Communication>>(`${path(id)}/communications`, { query, signal }),
  create: ({ file, ...fields }: NewDocument, callbacks: UploadCallbacks = {}) =>
    uploadFile<DocumentRecord>({
      method: 'POST',
      path: '/documents',
      body: uploadForm(fields, file),
      ...callbacks,
    }),
  replaceFile: (id: string, file: File, callbacks: UploadCallbacks = {}) =>
    uploadFile<DocumentRecord>({
      method: 'PUT',
      path: `${path(id)}/file`,
      body: uploadForm({}, file),
      ...callbacks,
    }),
};

/** The pickers of the forms and filters: the server searches, ten at a time. */
export const pickersApi = {
  clients: (search: string, signal?: AbortSignal) =>
    http.request<Page<Client>>('/clients', {
      query: { search, pageSize: 10, sort: 'name' },
      signal,
    }),
  projects: (search: string, clientId: string | undefined, signal?: AbortSignal) =>
    http.request<Page<Project>>('/projects', {
      query: { search, clientId, pageSize: 10, sort: 'name' },
      signal,
    }),
  tasks: (
    search: string,
    filter: { projectId?: string; clientId?: string },
    signal?: AbortSignal,
  ) =>
    http.request<Page<Task>>('/tasks', {
      query: { search, ...filter, pageSize: 10 },
      signal,
    }),
  client: (id: string, signal?: AbortSignal) =>
    http.request<Client>(`/clients/${encodeURIComponent(id)}`, { signal }),
  project: (id: string, signal?: AbortSignal) =>
    http.request<Project>(`/projects/${encodeURIComponent(id)}`, { signal }),
  task: (id: string, signal?: AbortSignal) =>
    http.request<Task>(`/tasks/${encodeURIComponent(id)}`, { signal }),
  user: (id: string, signal?: AbortSignal) =>
    http.request<User>(`/users/${encodeURIComponent(id)}`, { signal }),
  users: (search: string, signal?: AbortSignal) =>
    http.request<Page<User>>('/users', {
      query: { search, pageSize: 10, sort: 'lastName' },
      signal,
    }),
};
