import type { CreateTaskRequest, Task, UpdateTaskRequest } from '@crm/contracts';
import { taskSortFields } from '@crm/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { ListConfig } from '../../ui/list/listState';
import type { ApiListQuery } from '../../ui/list/useListQuery';
import { useListQuery } from '../../ui/list/useListQuery';
import { projectKeys } from '../projects/projects.queries';
import { withBox } from './taskDisplay';
import { tasksApi } from './tasks.api';

export const taskKeys = {
  all: ['tasks'] as const,
  lists: () => [...taskKeys.all, 'list'] as const,
  list: (query: ApiListQuery) => [...taskKeys.lists(), query] as const,
  details: () => [...taskKeys.all, 'detail'] as const,
  detail: (id: string) => [...taskKeys.details(), id] as const,
  comments: (id: string) => [...taskKeys.detail(id), 'comments'] as const,
};

export type TaskFilter = 'projectId' | 'assigneeId' | 'isDone' | 'isOverdue';

export const tasksListConfig: ListConfig<TaskFilter> = {
  sortFields: taskSortFields,
  defaultSort: 'status',
  filters: {
    projectId: null,
    assigneeId: null,
    isDone: ['true', 'false'],
    isOverdue: ['true', 'false'],
  },
};

export function useTasksList() {
  return useListQuery<Task, TaskFilter>({
    config: tasksListConfig,
    queryKey: taskKeys.list,
    queryFn: tasksApi.list,
  });
}

/** A fixed slice of tasks (a project's, a team's) outside the URL-synced list. */
export function useTasks(query: ApiListQuery, enabled = true) {
  return useQuery({
    queryKey: taskKeys.list(query),
    queryFn: ({ signal }) => tasksApi.list(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: taskKeys.detail(id),
    queryFn: ({ signal }) => tasksApi.get(id, signal),
  });
}

export const COMMENTS_PAGE_SIZE = 20;

export function useTaskComments(id: string) {
  return useInfiniteQuery({
    queryKey: taskKeys.comments(id),
    queryFn: ({ pageParam, signal }) =>
      tasksApi.comments(id, { page: pageParam, pageSize: COMMENTS_PAGE_SIZE }, signal),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
  });
}

/**
 * After a task changed: the record is known; lists may be stale; its project's state (done,
 * overdue, budget) and the team pages that list tasks may be too.
 */
function useTaskSaved() {
  const queryClient = useQueryClient();
  return (task: Task) => {
    queryClient.setQueryData(taskKeys.detail(task.id), task);
    void queryClient.invalidateQueries({ queryKey: taskKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
    // Its state and budget, not its comment feed.
    void queryClient.invalidateQueries({
      queryKey: projectKeys.detail(task.projectId),
      exact: true,
    });
  };
}

export function useCreateTask() {
  const saved = useTaskSaved();
  return useMutation({
    mutationFn: (body: CreateTaskRequest) => tasksApi.create(body),
    onSuccess: saved,
  });
}

export function useUpdateTask() {
  const saved = useTaskSaved();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateTaskRequest }) =>
      tasksApi.update(id, changes),
    onSuccess: saved,
  });
}

/**
 * Ticks the signed-in user's own box. The box flips at once (and flips back if the server
 * refuses); the task's done state comes from the server's answer.
 */
export function useSetDone() {
  const saved = useTaskSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, userId, done }: { id: string; userId: string; done: boolean }) =>
      tasksApi.setDone(id, userId, done),
    onMutate: async ({ id, userId, done }) => {
      const key = taskKeys.detail(id);
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = queryClient.getQueryData<Task>(key);
      if (previous) queryClient.setQueryData(key, withBox(previous, userId, done));
      return { previous };
    },
    onError: (_error, { id }, context) => {
      if (context?.previous) queryClient.setQueryData(taskKeys.detail(id), context.previous);
    },
    onSuccess: saved,
  });
}

export function useDeleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string; projectId: string }) => tasksApi.remove(id),
    onSuccess: (_result, { id, projectId }) => {
      queryClient.removeQueries({ queryKey: taskKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: projectKeys.detail(projectId) });
    },
  });
}

/** After a comment changed: the thread, the task's count, and its project's feed. */
function useCommentSaved() {
  const queryClient = useQueryClient();
  return (taskId: string, projectId: string | undefined) => {
    void queryClient.invalidateQueries({ queryKey: taskKeys.comments(taskId) });
    void queryClient.invalidateQueries({ queryKey: taskKeys.detail(taskId), exact: true });
    void queryClient.invalidateQueries({ queryKey: taskKeys.lists() });
    if (projectId)
      void queryClient.invalidateQueries({ queryKey: projectKeys.comments(projectId) });
  };
}

interface CommentTarget {
  taskId: string;
  projectId?: string;
}

export function useAddComment() {
  const saved = useCommentSaved();
  return useMutation({
    mutationFn: ({ taskId, body }: CommentTarget & { body: string }) =>
      tasksApi.addComment(taskId, body),
    onSuccess: (_comment, { taskId, projectId }) => saved(taskId, projectId),
  });
}

export function useEditComment() {
  const saved = useCommentSaved();
  return useMutation({
    mutationFn: ({
      taskId,
      commentId,
      body,
    }: CommentTarget & { commentId: string; body: string }) =>
      tasksApi.editComment(taskId, commentId, body),
    onSuccess: (_comment, { taskId, projectId }) => saved(taskId, projectId),
  });
}

export function useDeleteComment() {
  const saved = useCommentSaved();
  return useMutation({
    mutationFn: ({ taskId, commentId }: CommentTarget & { commentId: string }) =>
      tasksApi.deleteComment(taskId, commentId),
    onSuccess: (_result, { taskId, projectId }) => saved(taskId, projectId),
  });
}
