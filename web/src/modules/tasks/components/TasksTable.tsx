import type { Task } from '@crm/contracts';
import { Empty, Table } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import type { ApiListQuery } from '../../../ui/list/useListQuery';
import { taskPath } from '../tasks.paths';
import { useTasks } from '../tasks.queries';
import { useTaskColumns } from './useTaskColumns';

export interface TasksTableProps {
  /** The slice to show, e.g. `{ projectId }` or `{ teamId }`. */
  filter: ApiListQuery;
  showProject?: boolean;
  emptyText: ReactNode;
  emptyAction?: ReactNode;
  pageSize?: number;
}

/** A record's tasks (a project's, a team's): open ones first by deadline, done ones last. */
export function TasksTable({
  filter,
  showProject = false,
  emptyText,
  emptyAction,
  pageSize = 10,
}: TasksTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const query = useTasks({ ...filter, page, pageSize });
  const columns = useTaskColumns({ showProject, sortable: false });

  if (query.isError && !query.data) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <Table<Task>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: query.isPending ? (
          <div style={{ height: 80 }} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText}>
            {emptyAction}
          </Empty>
        ),
      }}
      onRow={(task) => ({
        onClick: () => void navigate(taskPath(task.id)),
        style: { cursor: 'pointer' },
      })}
      pagination={{
        current: page,
        pageSize,
        total: query.data?.total ?? 0,
        hideOnSinglePage: true,
        showSizeChanger: false,
        showTotal: (total, [from, to]) => t('list.range', { from, to, count: total }),
        onChange: setPage,
        style: { padding: '0 16px' },
      }}
    />
  );
}
