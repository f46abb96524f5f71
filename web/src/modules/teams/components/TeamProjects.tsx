import type { Project } from '@crm/contracts';
import { Empty, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { useFormat } from '../../../ui/useFormat';
import { BudgetUse } from '../../projects/components/BudgetUse';
import { ProjectProgress } from '../../projects/components/ProjectProgress';
import { ProjectStatusTag } from '../../projects/components/ProjectStatusTag';
import { projectPath } from '../../projects/projects.paths';
import { useProjects } from '../../projects/projects.queries';

export interface TeamProjectsProps {
  teamId: string;
  emptyAction?: ReactNode;
}

const PAGE_SIZE = 10;

/** The team's projects with their state; a developer sees only those of their own teams. */
export function TeamProjects({ teamId, emptyAction }: TeamProjectsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const query = useProjects({ teamId, page, pageSize: PAGE_SIZE, sort: 'deadline' });

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
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {project.client.name}
            </Typography.Text>
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
    [format, t],
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
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('teams.noProjects')}>
            {emptyAction}
          </Empty>
        ),
      }}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: query.data?.total ?? 0,
        hideOnSinglePage: true,
        onChange: setPage,
        style: { padding: '0 16px' },
      }}
    />
  );
}
