import { MessageOutlined } from '@ant-design/icons';
import type { Task } from '@crm/contracts';
import { Flex, Space, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../ui/useFormat';
import { projectPath } from '../../projects/projects.paths';
import { taskPath } from '../tasks.paths';
import { AssigneesCell } from './AssigneesCell';
import { TaskStateTag } from './TaskStateTag';

export interface TaskColumnsOptions {
  /** Lists across projects name each task's project. */
  showProject: boolean;
  /** Columns sort through the API (the URL-synced list); embedded tables keep the default order. */
  sortable: boolean;
}

export function useTaskColumns({ showProject, sortable }: TaskColumnsOptions): ColumnsType<Task> {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo<ColumnsType<Task>>(
    () => [
      {
        key: 'title',
        title: t('tasks.columns.title'),
        sorter: sortable,
        render: (_value, task) => (
          <Flex vertical style={{ minWidth: 220, maxWidth: 420 }}>
            <Link
              to={taskPath(task.id)}
              onClick={(event) => event.stopPropagation()}
              style={{ fontWeight: 500 }}
            >
              {task.title}
            </Link>
            {showProject && (
              <Link
                to={projectPath(task.projectId)}
                onClick={(event) => event.stopPropagation()}
                style={{ fontSize: 12, color: 'rgba(0,0,0,.45)' }}
              >
                {task.project.name}
              </Link>
            )}
          </Flex>
        ),
      },
      {
        key: 'status',
        title: t('tasks.columns.state'),
        sorter: sortable,
        render: (_value, task) => <TaskStateTag task={task} />,
      },
      {
        key: 'assignees',
        title: t('tasks.columns.assignees'),
        render: (_value, task) => <AssigneesCell task={task} />,
      },
      {
        key: 'deadline',
        title: t('tasks.columns.deadline'),
        sorter: sortable,
        render: (_value, task) =>
          task.deadline ? (
            <Tooltip title={format.dateTime(task.deadline)}>
              <Typography.Text type={task.isOverdue ? 'danger' : undefined} strong={task.isOverdue}>
                {format.date(task.deadline)}
              </Typography.Text>
            </Tooltip>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          ),
      },
      {
        key: 'budget',
        title: t('tasks.columns.budget'),
        align: 'right',
        render: (_value, task) =>
          task.budget ? (
            <span style={{ whiteSpace: 'nowrap' }}>{format.money(task.budget)}</span>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          ),
      },
      {
        key: 'comments',
        title: <span className="sr-only">{t('tasks.columns.comments')}</span>,
        align: 'right',
        width: 64,
        render: (_value, task) =>
          task.commentsCount > 0 ? (
            <Tooltip title={t('tasks.comments.count', { count: task.commentsCount })}>
              <Space size={4} style={{ color: 'rgba(0,0,0,.45)' }}>
                <MessageOutlined />
                {task.commentsCount}
              </Space>
            </Tooltip>
          ) : null,
      },
    ],
    [format, showProject, sortable, t],
  );
}
