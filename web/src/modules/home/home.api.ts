import type { AdminHome, DeveloperHome, ManagerHome, Task } from '@crm/contracts';
import { http } from '../../api/client';

export const homeApi = {
  manager: (signal?: AbortSignal) => http.request<ManagerHome>('/home/manager', { signal }),
  mine: (signal?: AbortSignal) => http.request<DeveloperHome>('/home/mine', { signal }),
  admin: (signal?: AbortSignal) => http.request<AdminHome>('/home/admin', { signal }),
  /** Ticks or unticks the caller's own box on a task; the server refuses anyone else's. */
  setMyDone: (taskId: string, userId: string, done: boolean) =>
    http.request<Task>(
      `/tasks/${encodeURIComponent(taskId)}/assignees/${encodeURIComponent(userId)}/done`,
      { method: 'PUT', body: { done } },
    ),
};
