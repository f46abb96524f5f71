import { App, Card, Checkbox, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { DeveloperHome, Task } from '@crm/contracts';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { useErrorMessage } from '../../../ui/errorMessage';
import { useFormat } from '../../../ui/useFormat';
import { useCurrentUser } from '../../auth/useSession';
import { useSetMyDone } from '../home.queries';
import { links } from '../links';
import { AssigneeAvatars } from './AssigneeAvatars';
import { TaskDeadline } from './TaskDeadline';

export interface MyTasksCardProps {
  tasks: DeveloperHome['myTasks'];
}

/**
 * My open tasks with my own "done" box, ticked in place. A task that becomes fully done leaves
 * the server's list; it stays here, struck through, until the page is left, so a slip of the
 * mouse can be undone.
 */
export function MyTasksCard({ tasks }: MyTasksCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const user = useCurrentUser();
  const setDone = useSetMyDone(user.id);
  const [finished, setFinished] = useState<Task[]>([]);
  // The box follows the click at once; it falls back if the server refuses.
  const [pending, setPending] = useState<{ taskId: string; done: boolean } | null>(null);

  const openIds = new Set(tasks.items.map((task) => task.id));
  const rows = [...tasks.items, ...finished.filter((task) => !openIds.has(task.id))];

  const handleToggle = async (task: Task, done: boolean) => {
    setPending({ taskId: task.id, done });
    try {
      const updated = await setDone.mutateAsync({ taskId: task.id, done });
      setFinished((list) => [
        ...list.filter((item) => item.id !== updated.id),
        ...(updated.isDone ? [updated] : []),
      ]);
      void message.success(
        done
          ? t('homePage.developer.markedDone', { title: task.title })
          : t('homePage.developer.markedOpen', { title: task.title }),
      );
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setPending(null);
    }
  };

  const columns: TableColumnsType<Task> = [
    {
      key: 'done',
      width: 48,
      render: (_, task) => {
        const mine = task.assignees.find((assignee) => assignee.userId === user.id);
        return (
          <Checkbox
            checked={pending?.taskId === task.id ? pending.done : (mine?.done ?? false)}
            disabled={!mine || pending !== null}
            onChange={(event) => void handleToggle(task, event.target.checked)}
            aria-label={t('homePage.developer.myBox', { title: task.title })}
            data-testid={`my-done-${task.id}`}
          />
        );
      },
    },
    {
      key: 'title',
      title: t('homePage.tasks.task'),
      render: (_, task) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Link
            to={links.task(task.id)}
            style={{
              fontWeight: 500,
              textDecoration: task.isDone ? 'line-through' : undefined,
              color: task.isDone ? 'rgba(0,0,0,.45)' : undefined,
            }}
          >
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
      render: (_, task) =>
        task.isDone ? (
          <Tag color="green" variant="filled">
            {t('homePage.tasks.done')}
          </Tag>
        ) : (
          <TaskDeadline task={task} />
        ),
    },
    {
      key: 'budget',
      title: t('homePage.tasks.budget'),
      width: 130,
      align: 'right',
      render: (_, task) =>
        task.budget ? (
          format.money(task.budget)
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
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
      data-testid="home-my-tasks"
      title={
        <Flex align="center" gap={8}>
          {t('homePage.developer.tasksTitle')}
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
        dataSource={rows}
        rowKey="id"
        pagination={
          rows.length > 12 ? { pageSize: 12, size: 'small', showSizeChanger: false } : false
        }
        onRow={(task) =>
          ({
            'data-task-id': task.id,
            'data-shared': task.assignees.length > 1 ? 'true' : 'false',
            'data-overdue': task.isOverdue ? 'true' : 'false',
            style: task.isOverdue ? { background: '#fff6f5' } : undefined,
          }) as HTMLAttributes<HTMLElement>
        }
        locale={{
          emptyText: (
            <Typography.Text type="secondary">{t('homePage.developer.noTasks')}</Typography.Text>
          ),
        }}
      />
    </Card>
  );
}
