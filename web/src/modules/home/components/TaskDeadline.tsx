import { ClockCircleOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import type { Task } from '@crm/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';

export interface TaskDeadlineProps {
  task: Pick<Task, 'deadline' | 'isOverdue' | 'isDone'>;
}

/** The deadline, red with an "Overdue" tag once it has passed on an open task. */
export function TaskDeadline({ task }: TaskDeadlineProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!task.deadline)
    return <Typography.Text type="secondary">{t('homePage.tasks.noDeadline')}</Typography.Text>;
  return (
    <Flex vertical gap={2} align="flex-start">
      <Typography.Text
        type={task.isOverdue ? 'danger' : undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        <ClockCircleOutlined style={{ marginInlineEnd: 6, opacity: 0.7 }} />
        {format.date(task.deadline)}
      </Typography.Text>
      {task.isOverdue && (
        <Tag color="red" variant="filled" style={{ marginInlineEnd: 0 }}>
          {t('homePage.tasks.overdue')}
        </Tag>
      )}
    </Flex>
  );
}
