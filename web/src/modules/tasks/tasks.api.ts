import type { Comment, CreateTaskRequest, Page, Task, UpdateTaskRequest } from '@crm/contracts';
import { http } from '../../api/client';
import type { ApiListQuery } from '../../ui/list/useListQuery';

const path = (id: string) => `/tasks/${encodeURIComponent(id)}`;
const commentPath = (taskId: string, commentId: string) =>
  `${path(taskId)}/comments/${encodeURIComponent(commentId)}`;

export const tasksApi = {
  list: (query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<Task>>('/tasks', { query, signal }),
  get: (id: string, signal?: AbortSignal) => http.request<Task>(path(id), { signal }),
  create: (body: CreateTaskRequest) => http.request<Task>('/tasks', { method: 'POST', body }),
  update: (id: string, body: UpdateTaskRequest) =>
    http.request<Task>(path(id), { method: 'PATCH', body }),
  remove: (id: string) => http.request<void>(path(id), { method: 'DELETE' }),
  /** Only the assignee themself may call it (403 for anyone else). */
  setDone: (id: string, userId: string, done: boolean) =>
    http.request<Task>(`${path(id)}/assignees/${encodeURIComponent(userId)}/done`, {
      method: 'PUT',
      body: { done },
    }),
  comments: (id: string, query: ApiListQuery, signal?: AbortSignal) =>
    http.request<Page<Comment>>(`${path(id)}/comments`, { query, signal }),
  addComment: (id: string, body: string) =>
    http.request<Comment>(`${path(id)}/comments`, { method: 'POST', body: { body } }),
  editComment: (id: string, commentId: string, body: string) =>
    http.request<Comment>(commentPath(id, commentId), { method: 'PATCH', body: { body } }),
  deleteComment: (id: string, commentId: string) =>
    http.request<void>(commentPath(id, commentId), { method: 'DELETE' }),
};
