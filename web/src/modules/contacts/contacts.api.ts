import type { Contact, CreateContactRequest, Page, UpdateContactRequest } from '@crm/contracts';
import { http } from '../../api/client';
import type { ApiListQuery } from '../../ui/list/useListQuery';

const path = (id: string) => `/contacts/${encodeURIComponent(id)}`;

export const contactsApi = {
  list: (query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<Contact>>('/contacts', { query, signal }),
  get: (id: string, signal?: AbortSignal) => http.request<Contact>(path(id), { signal }),
  create: (body: CreateContactRequest) =>
    http.request<Contact>('/contacts', { method: 'POST', body }),
  update: (id: string, body: UpdateContactRequest) =>
    http.request<Contact>(path(id), { method: 'PATCH', body }),
  /** Also deletes the person's communications. */
  remove: (id: string) => http.request<void>(path(id), { method: 'DELETE' }),
  uploadPhoto: (id: string, file: Blob) =>
    http.request<Contact>(`${path(id)}/photo`, { method: 'PUT', rawBody: file }),
  deletePhoto: (id: string) => http.request<void>(`${path(id)}/photo`, { method: 'DELETE' }),
};
