import { Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useDeferredValue } from 'react';
import { ErrorState } from '../../../ui/ErrorState';

export interface HomeQuery<T> {
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

export type HomeView<T> = { data: T; fallback: null } | { data: undefined; fallback: ReactNode };

/**
 * A home view's data, or what it shows until the data is there: the error with a retry, or a
 * skeleton. When the data first arrives the view (dozens of tasks and cards) is drawn in a
 * background render React can pause for input and paint, not in one long task; the skeleton
 * stays until it is drawn. Later changes (a ticked box) are drawn at once.
 */
export function useHomeView<T>(query: HomeQuery<T>, rows: number): HomeView<T> {
  const drawn = useDeferredValue(query.data !== undefined);
  const data = drawn ? query.data : undefined;
  if (query.error) {
    return {
      data: undefined,
      fallback: (
        <Card>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </Card>
      ),
    };
  }
  if (data === undefined) {
    return {
      data: undefined,
      fallback: (
        <Card>
          <Skeleton active paragraph={{ rows }} />
        </Card>
      ),
    };
  }
  return { data, fallback: null };
}
