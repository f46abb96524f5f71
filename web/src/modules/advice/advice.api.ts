import type {
  Advice,
  AdviceComment,
  CreateAdviceRequest,
  Page,
  UpdateAdviceRequest,
} from '@crm/contracts';
import { http } from '../../api/client';
import type { ApiListQuery } from '../../ui/list/useListQuery';

export interface AdviceTopic {
  topic: string;
  count: number;
}

const path = (id: string) => `/advice/${encodeURIComponent(id)}`;
const commentsPath = (id: string) => `${path(id)}/comments`;
const commentPath = (id: string, commentId: string) =>
  `${commentsPath(id)}/${encodeURIComponent(commentId)}`;

export const adviceApi = {
  list: (query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<Advice>>('/advice', { query, signal }),
  topics: (signal?: AbortSignal) => http.request<AdviceTopic[]>('/advice/topics', { signal }),
  get: (id: string, signal?: AbortSignal) => http.request<Advice>(path(id), { signal }),
  create: (body: CreateAdviceRequest) => http.request<Advice>('/advice', { method: 'POST', body }),
  update: (id: string, body: UpdateAdviceRequest) =>
    http.request<Advice>(path(id), { method: 'PATCH', body }),
  remove: (id: string) => http.request<void>(path(id), { method: 'DELETE' }),
  comments: (id: string, query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<AdviceComment>>(commentsPath(id), { query, signal }),
  addComment: (id: string, body: string) =>
    http.request<AdviceComment>(commentsPath(id), { method: 'POST', body: { body } }),
  editComment: (id: string, commentId: string, body: string) =>
    http.request<AdviceComment>(commentPath(id, commentId), { method: 'PATCH', body: { body } }),
  removeComment: (id: string, commentId: string) =>
    http.request<void>(commentPath(id, commentId), { method: 'DELETE' }),
};
