import { PlusOutlined } from '@ant-design/icons';
import type { Project } from '@crm/contracts';
import { projectStatuses } from '@crm/contracts';
import { Button, Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ListFilter } from '../../../ui/list/ListFilter';
import { ListPage } from '../../../ui/list/ListPage';
import { useFormat } from '../../../ui/useFormat';
import { useCurrentUser } from '../../auth/useSession';
import { canManageDelivery } from '../../tasks/permissions';
import { teamPath } from '../../teams/teams.paths';
import { useAllTeams } from '../../teams/teams.queries';
import { BudgetUse } from '../components/BudgetUse';
import { ClientName } from '../components/ClientName';
import { ClientSelect } from '../components/ClientSelect';
import { ProjectFormDrawer } from '../components/ProjectFormDrawer';
import { ProjectProgress } from '../components/ProjectProgress';
import { ProjectStatusTag } from '../components/ProjectStatusTag';
import { isPastDeadline, todayIso } from '../projectDisplay';
import { projectPath } from '../projects.paths';
import type { ProjectFilter } from '../projects.queries';
import { useProjectsList } from '../projects.queries';

export function ProjectsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const manager = canManageDelivery(me.role);
  const list = useProjectsList();
  const teams = useAllTeams();
  const [creating, setCreating] = useState(false);

  const filters: ListFilter<ProjectFilter>[] = [
    {
      key: 'status',
      placeholder: t('projects.filters.status'),
      options: projectStatuses.map((status) => ({
        value: status,
        label: t(`projects.status.${status}`),
      })),
    },
    {
      key: 'teamId',
      placeholder: t('projects.filters.team'),
      options: (teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name })),
      showSearch: true,
    },
    {
      key: 'overBudget',
      placeholder: t('projects.filters.budget'),
      options: [
        { value: 'true', label: t('projects.budget.over') },
        { value: 'false', label: t('projects.budget.within') },
      ],
    },
  ];

  const columns = useMemo<ColumnsType<Project>>(() => {
    const today = todayIso();
    return [
      {
        key: 'name',
        title: t('projects.columns.name'),
        sorter: true,
        render: (_value, project) => (
          <Flex vertical style={{ minWidth: 200 }}>
            <Link
              to={projectPath(project.id)}
              onClick={(event) => event.stopPropagation()}
              style={{ fontWeight: 500 }}
            >
              {project.name}
            </Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <ClientName client={project.client} />
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: 'team',
        title: t('projects.columns.team'),
        render: (_value, project) => (
          <Link to={teamPath(project.teamId)} onClick={(event) => event.stopPropagation()}>
            {project.team.name}
          </Link>
        ),
      },
      {
        key: 'status',
        title: t('projects.columns.status'),
        sorter: true,
        render: (_value, project) => <ProjectStatusTag status={project.status} />,
      },
      {
        key: 'progress',
        title: t('projects.columns.progress'),
        render: (_value, project) => <ProjectProgress state={project.state} showOverdue />,
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
        sorter: true,
        render: (_value, project) =>
          project.deadline ? (
            <Typography.Text
              type={isPastDeadline(project, today) ? 'danger' : undefined}
              style={{ whiteSpace: 'nowrap' }}
            >
              {format.date(project.deadline)}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          ),
      },
    ];
  }, [format, t]);

  const handleCreate = () => setCreating(true);

  return (
    <>
      <ListPage<Project, ProjectFilter>
        title={t('projects.title')}
        subtitle={manager ? t('projects.subtitle.manager') : t('projects.subtitle.developer')}
        actions={
          manager && (
            <Button type="primary" icon={<PlusOutlined />} onClick={handleCreate}>
              {t('projects.create')}
            </Button>
          )
        }
        list={list}
        columns={columns}
        filters={filters}
        extraFilters={
          // Developers may not read clients (403): no client filter for them.
          manager && (
            <ClientSelect
              value={list.state.filters.clientId}
              onChange={(value) => list.setFilter('clientId', value)}
              placeholder={t('projects.filters.client')}
              allowClear
              width={200}
            />
          )
        }
        searchPlaceholder={t('projects.searchPlaceholder')}
        emptyText={manager ? t('projects.empty') : t('projects.emptyDeveloper')}
        emptyAction={
          manager && (
            <Button type="primary" onClick={handleCreate}>
              {t('projects.create')}
            </Button>
          )
        }
        onRowClick={(project) => void navigate(projectPath(project.id))}
      />
      {manager && <ProjectFormDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
