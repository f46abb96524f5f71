import { PlusOutlined, UserOutlined } from '@ant-design/icons';
import type { Task } from '@crm/contracts';
import { Button, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ListFilter } from '../../../ui/list/ListFilter';
import { ListPage } from '../../../ui/list/ListPage';
import { useCurrentUser } from '../../auth/useSession';
import { useProjects } from '../../projects/projects.queries';
import { TaskFormDrawer } from '../components/TaskFormDrawer';
import { useTaskColumns } from '../components/useTaskColumns';
import { canManageDelivery } from '../permissions';
import { taskPath } from '../tasks.paths';
import type { TaskFilter } from '../tasks.queries';
import { useTasksList } from '../tasks.queries';

export function TasksPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const list = useTasksList();
  const manager = canManageDelivery(me.role);
  const [creating, setCreating] = useState(false);
  const columns = useTaskColumns({ showProject: true, sortable: true });
  const projects = useProjects({ page: 1, pageSize: 100, sort: 'name' });
  const mine = list.state.filters.assigneeId === me.id;

  const filters: ListFilter<TaskFilter>[] = [
    {
      key: 'projectId',
      placeholder: t('tasks.filters.project'),
      options: (projects.data?.items ?? []).map((project) => ({
        value: project.id,
        label: project.name,
      })),
      showSearch: true,
      width: 220,
    },
    {
      key: 'isDone',
      placeholder: t('tasks.filters.done'),
      options: [
        { value: 'false', label: t('tasks.filters.notDone') },
        { value: 'true', label: t('tasks.state.done') },
      ],
    },
    {
      key: 'isOverdue',
      placeholder: t('tasks.filters.overdue'),
      options: [
        { value: 'true', label: t('tasks.state.overdue') },
        { value: 'false', label: t('tasks.filters.onTime') },
      ],
    },
  ];

  const handleCreate = () => setCreating(true);

  return (
    <>
      <ListPage<Task, TaskFilter>
        title={t('tasks.title')}
        subtitle={manager ? t('tasks.subtitle.manager') : t('tasks.subtitle.developer')}
        actions={
          <>
            <Segmented<'all' | 'mine'>
              value={mine ? 'mine' : 'all'}
              onChange={(value) =>
                list.setFilter('assigneeId', value === 'mine' ? me.id : undefined)
              }
              options={[
                { value: 'all', label: t('tasks.quick.all') },
                { value: 'mine', label: t('tasks.quick.mine'), icon: <UserOutlined /> },
              ]}
            />
            {manager && (
              <Button type="primary" icon={<PlusOutlined />} onClick={handleCreate}>
                {t('tasks.create')}
              </Button>
            )}
          </>
        }
        list={list}
        columns={columns}
        filters={filters}
        searchPlaceholder={t('tasks.searchPlaceholder')}
        emptyText={t('tasks.empty')}
        emptyAction={
          manager && (
            <Button type="primary" onClick={handleCreate}>
              {t('tasks.create')}
            </Button>
          )
        }
        onRowClick={(task) => void navigate(taskPath(task.id))}
      />
      {manager && <TaskFormDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
