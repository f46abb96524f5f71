import { Flex, Progress, Typography } from 'antd';
import type { Project } from '@crm/contracts';
import { useTranslation } from 'react-i18next';

export interface ProjectProgressProps {
  state: Project['state'];
}

/** Tasks done of total as a bar, red when some are overdue. */
export function ProjectProgress({ state }: ProjectProgressProps) {
  const { t } = useTranslation();
  const percent =
    state.tasksTotal > 0
      ? Math.min(100, Math.round((state.tasksDone / state.tasksTotal) * 100))
      : 0;
  return (
    <Flex vertical gap={0} style={{ width: '100%' }}>
      <Progress
        percent={percent}
        size="small"
        strokeColor={state.tasksOverdue > 0 ? '#fa8c16' : '#52c41a'}
        aria-label={t('homePage.projects.progress')}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('homePage.projects.tasksDone', { done: state.tasksDone, total: state.tasksTotal })}
      </Typography.Text>
    </Flex>
  );
}
