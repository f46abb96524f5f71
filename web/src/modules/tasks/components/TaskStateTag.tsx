import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import type { Task } from '@crm/contracts';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskState } from '../taskDisplay';
import { taskState } from '../taskDisplay';

const looks: Record<TaskState, { color: string; icon: ReactNode }> = {
  done: { color: 'success', icon: <CheckCircleFilled /> },
  overdue: { color: 'error', icon: <ExclamationCircleFilled /> },
  open: { color: 'processing', icon: <ClockCircleOutlined /> },
};

export interface TaskStateTagProps {
  task: Pick<Task, 'isDone' | 'isOverdue'>;
}

/** Done, overdue (red: the deadline has passed) or in progress. */
export function TaskStateTag({ task }: TaskStateTagProps) {
  const { t } = useTranslation();
  const state = taskState(task);
  return (
    <Tag color={looks[state].color} icon={looks[state].icon} variant="outlined" data-state={state}>
      {t(`tasks.state.${state}`)}
    </Tag>
  );
}
