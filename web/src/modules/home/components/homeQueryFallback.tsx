import { Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../ui/ErrorState';

export interface HomeQueryFallbackProps {
  query: { error: unknown; data: unknown; refetch: () => unknown };
  rows: number;
}

/**
 * What a home view shows before its data is there: the error with a retry, or a skeleton.
 * Null once the data has arrived.
 */
export function homeQueryFallback({ query, rows }: HomeQueryFallbackProps): ReactNode | null {
  if (query.error) {
    return (
      <Card>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  }
  if (!query.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows }} />
      </Card>
    );
  }
  return null;
}
