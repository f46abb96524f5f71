import type { Project } from '@crm/contracts';
import { Empty, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import type { ApiListQuery } from '../../../ui/list/useListQuery';
import { useFormat } from '../../../ui/useFormat';
import { projectPath } from '../projects.paths';
import { useProjects } from '../projects.queries';
import { BudgetUse } from './BudgetUse';
import { ProjectProgress } from './ProjectProgress';
import { ProjectStatusTag } from './ProjectStatusTag';

export interface ProjectsTableProps {
  /** The slice to show, e.g. `{ teamId }` or `{ clientId }`. */
  filter: ApiListQuery;
  /** Show each project's client under its name (pointless on the client's own page). */
  showClient?: boolean;
  emptyText: ReactNode;
  emptyAction?: ReactNode;
  pageSize?: number;
}

/** A record's projects (a team's, a client's) with their state, nearest deadline first. */
export function ProjectsTable({
  filter,
  showClient = true,
  emptyText,
  emptyAction,
  pageSize = 10,
}: ProjectsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const query = useProjects({ ...filter, page, pageSize, sort: 'deadline' });

  const columns = useMemo<ColumnsType<Project>>(
    () => [
      {
        key: 'name',
        title: t('projects.columns.name'),
        render: (_value, project) => (
          <Flex vertical>
            <Link to={projectPath(project.id)} onClick={(event) => event.stopPropagation()}>
              {project.name}
            </Link>
            {showClient && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {project.client.name}
              </Typography.Text>
            )}
          </Flex>
        ),
      },
      {
        key: 'status',
        title: t('projects.columns.status'),
        render: (_value, project) => <ProjectStatusTag status={project.status} />,
      },
      {
        key: 'progress',
        title: t('projects.columns.progress'),
        render: (_value, project) => (
          <ProjectProgress state={project.state} showOverdue width={100} />
        ),
      },
      {
        key: 'budget',
        title: t('projects.columns.budget'),
        align: 'right',
        render: (_value, project) => <BudgetUse project={project} />,
      },
      {
        key: 'deadline',
        title: t('projects.columns.deadline'),
        render: (_value, project) => (project.deadline ? format.date(project.deadline) : '—'),
      },
    ],
    [format, showClient, t],
  );

  if (query.isError && !query.data) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <Table<Project>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      scroll={{ x: 'max-content' }}
      onRow={(project) => ({
        onClick: () => void navigate(projectPath(project.id)),
        style: { cursor: 'pointer' },
      })}
      locale={{
        emptyText: query.isPending ? (
          <div style={{ height: 80 }} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText}>
            {emptyAction}
          </Empty>
        ),
      }}
      pagination={{
        current: page,
        pageSize,
        total: query.data?.total ?? 0,
        hideOnSinglePage: true,
        showSizeChanger: false,
        onChange: setPage,
        style: { padding: '0 16px' },
      }}
    />
  );
}
