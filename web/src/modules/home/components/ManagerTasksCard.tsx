import { Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ManagerHome, Task } from '@crm/contracts';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { links } from '../links';
import { AssigneeAvatars } from './AssigneeAvatars';
import { TaskDeadline } from './TaskDeadline';

export interface ManagerTasksCardProps {
  tasks: ManagerHome['myTasks'];
}

/** Open tasks of the manager's clients' projects, overdue ones first and highlighted. */
export function ManagerTasksCard({ tasks }: ManagerTasksCardProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Task> = [
    {
      key: 'title',
      title: t('homePage.tasks.task'),
      render: (_, task) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Link to={links.task(task.id)} style={{ fontWeight: 500 }}>
            {task.title}
          </Link>
          <Link
            to={links.project(task.project.id)}
            style={{ color: 'rgba(0,0,0,.5)', fontSize: 12 }}
          >
            {task.project.name}
          </Link>
        </Flex>
      ),
    },
    {
      key: 'deadline',
      title: t('homePage.tasks.deadline'),
      width: 150,
      render: (_, task) => <TaskDeadline task={task} />,
    },
    {
      key: 'assignees',
      title: t('homePage.tasks.assignees'),
      width: 140,
      render: (_, task) => <AssigneeAvatars assignees={task.assignees} />,
    },
  ];

  return (
    <Card
      data-testid="home-manager-tasks"
      title={
        <Flex align="center" gap={8}>
          {t('homePage.manager.tasksTitle')}
          <Tag variant="filled">{tasks.openCount}</Tag>
          {tasks.overdueCount > 0 && (
            <Tag color="red" variant="filled">
              {t('homePage.tasks.overdueCount', { count: tasks.overdueCount })}
            </Tag>
          )}
        </Flex>
      }
      extra={<Link to={modulePaths.tasks}>{t('homePage.allTasks')}</Link>}
      style={{ height: '100%' }}
      styles={{ body: { padding: 0 } }}
    >
      <Table<Task>
        size="middle"
        columns={columns}
        dataSource={tasks.items}
        rowKey="id"
        pagination={false}
        onRow={(task) =>
          ({
            'data-overdue': task.isOverdue ? 'true' : 'false',
            style: task.isOverdue ? { background: '#fff6f5' } : undefined,
          }) as HTMLAttributes<HTMLElement>
        }
        locale={{
          emptyText: (
            <Typography.Text type="secondary">{t('homePage.manager.noTasks')}</Typography.Text>
          ),
        }}
      />
    </Card>
  );
}
