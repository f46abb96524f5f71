import { ApiError } from '../../api/apiError';
import {
  collapseListErrors,
  doneCount,
  mineFirst,
  normalizeAmount,
  taskState,
  withBox,
} from './taskDisplay';

const assignee = (userId: string, done: boolean) => ({
  userId,
  firstName: userId,
  lastName: '',
  photoUrl: null,
  done,
  doneAt: done ? '2026-01-01T00:00:00.000Z' : null,
});

describe('taskState', () => {
  it('is done, overdue or open', () => {
    expect(taskState({ isDone: true, isOverdue: false })).toBe('done');
    expect(taskState({ isDone: false, isOverdue: true })).toBe('overdue');
    expect(taskState({ isDone: false, isOverdue: false })).toBe('open');
  });
});

describe('doneCount and mineFirst', () => {
  it('counts ticked boxes', () => {
    expect(doneCount({ assignees: [assignee('a', true), assignee('b', false)] })).toEqual({
      done: 1,
      total: 2,
    });
  });

  it('puts my box first and keeps the others in order', () => {
    const list = [assignee('a', false), assignee('b', false), assignee('me', true)];
    expect(mineFirst(list, 'me').map((a) => a.userId)).toEqual(['me', 'a', 'b']);
    expect(mineFirst(list, 'nobody').map((a) => a.userId)).toEqual(['a', 'b', 'me']);
  });
});

describe('collapseListErrors', () => {
  it('moves item errors onto the list field with the item named', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { path: 'assigneeIds.1', message: "Developers must be members of the project's team" },
        { path: 'title', message: 'Required' },
      ],
    });
    const collapsed = collapseListErrors(error, 'assigneeIds', (i) => ['Olena', 'Taras'][i]);
    expect(collapsed).toBeInstanceOf(ApiError);
    expect((collapsed as ApiError).fieldErrors).toEqual([
      { path: 'assigneeIds', message: "Taras: Developers must be members of the project's team" },
      { path: 'title', message: 'Required' },
    ]);
    expect((collapsed as ApiError).code).toBe('VALIDATION_FAILED');
  });

  it('handles nested item paths and leaves other errors alone', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ path: 'members.0.userId', message: 'No such active user' }],
    });
    expect((collapseListErrors(error, 'members', () => undefined) as ApiError).fieldErrors).toEqual(
      [{ path: 'members', message: 'No such active user' }],
    );
    const other = new ApiError({ status: 409, code: 'TEAM_NAME_TAKEN' });
    expect(collapseListErrors(other, 'members', () => undefined)).toBe(other);
    const plain = new Error('x');
    expect(collapseListErrors(plain, 'members', () => undefined)).toBe(plain);
  });
});

describe('normalizeAmount', () => {
  it('writes amounts with two decimals', () => {
    expect(normalizeAmount('1250.5')).toBe('1250.50');
    expect(normalizeAmount('1250,5')).toBe('1250.50');
    expect(normalizeAmount(7)).toBe('7.00');
    expect(normalizeAmount('')).toBeNull();
    expect(normalizeAmount(null)).toBeNull();
    expect(normalizeAmount('12.345')).toBe('12.345');
  });
});

describe('withBox', () => {
  const task = {
    isDone: false,
    isOverdue: true,
    assignees: [assignee('a', true), assignee('b', false)],
  } as unknown as Parameters<typeof withBox>[0];

  it('is done only once every assignee ticked', () => {
    const ticked = withBox(task, 'b', true);
    expect(ticked.isDone).toBe(true);
    expect(ticked.isOverdue).toBe(false);
    expect(ticked.assignees.map((a) => a.done)).toEqual([true, true]);
    const unticked = withBox(task, 'a', false);
    expect(unticked.isDone).toBe(false);
    expect(unticked.isOverdue).toBe(true);
    expect(unticked.assignees[0]?.doneAt).toBeNull();
  });
});
