import type { Task } from '@crm/contracts';
import { ApiError, isApiError } from '../../api/apiError';

export type TaskState = 'done' | 'overdue' | 'open';

export function taskState(task: Pick<Task, 'isDone' | 'isOverdue'>): TaskState {
  if (task.isDone) return 'done';
  return task.isOverdue ? 'overdue' : 'open';
}

export function doneCount(task: Pick<Task, 'assignees'>): { done: number; total: number } {
  return {
    done: task.assignees.filter((assignee) => assignee.done).length,
    total: task.assignees.length,
  };
}

/** The task as it will be once `userId` ticked (or unticked) their box. */
export function withBox(task: Task, userId: string, done: boolean): Task {
  const assignees = task.assignees.map((assignee) =>
    assignee.userId === userId
      ? { ...assignee, done, doneAt: done ? (assignee.doneAt ?? new Date().toISOString()) : null }
      : assignee,
  );
  const isDone = assignees.length > 0 && assignees.every((assignee) => assignee.done);
  return { ...task, assignees, isDone, isOverdue: isDone ? false : task.isOverdue };
}

/** The signed-in user's box first, the others in the order the task lists them. */
export function mineFirst<A extends { userId: string }>(assignees: readonly A[], me: string): A[] {
  return [...assignees].sort((a, b) => Number(b.userId === me) - Number(a.userId === me));
}

/**
 * The server names list items (`assigneeIds.2`, `members.0.userId`); a form shows one control
 * for the whole list. Moves such errors onto the list's field, naming the item when `label` knows it.
 */
export function collapseListErrors(
  error: unknown,
  field: string,
  label: (index: number) => string | undefined,
): unknown {
  if (!isApiError(error)) return error;
  const item = new RegExp(`^${field.replace('.', '\\.')}\\.(\\d+)(\\..*)?$`);
  let changed = false;
  const fieldErrors = error.fieldErrors.map((fieldError) => {
    const match = item.exec(fieldError.path);
    if (!match) return fieldError;
    changed = true;
    const name = label(Number(match[1]));
    return { path: field, message: name ? `${name}: ${fieldError.message}` : fieldError.message };
  });
  if (!changed) return error;
  return new ApiError({
    status: error.status,
    code: error.code,
    detail: error.detail,
    fieldErrors,
    requestId: error.requestId,
    cause: error,
  });
}

/** "1250.5" → "1250.50"; anything that is not a money amount comes back as is for the server to refuse. */
export function normalizeAmount(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim().replace(',', '.');
  if (text === '') return null;
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return text;
  return `${match[1]}.${(match[2] ?? '').padEnd(2, '0')}`;
}
