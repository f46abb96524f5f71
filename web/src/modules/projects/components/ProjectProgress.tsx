import type { Project } from '@crm/contracts';
import { Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { progressPercent } from '../projectDisplay';

export interface ProjectProgressProps {
  state: Project['state'];
  /** Also show the overdue count as a red tag. */
  showOverdue?: boolean;
  width?: number;
}

/** Tasks done of total as a bar, e.g. "3 / 5", with overdue tasks flagged in red. */
export function ProjectProgress({ state, showOverdue = false, width = 140 }: ProjectProgressProps) {
  const { t } = useTranslation();
  const percent = progressPercent(state);
  return (
    <Flex align="center" gap={8}>
      <Tooltip title={t('projects.state.progress', { percent })}>
        <Progress
          percent={percent}
          size="small"
          showInfo={false}
          status={state.tasksTotal > 0 && percent === 100 ? 'success' : 'normal'}
          style={{ width, margin: 0 }}
        />
      </Tooltip>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {state.tasksDone}/{state.tasksTotal}
      </Typography.Text>
      {showOverdue && state.tasksOverdue > 0 && (
        <Tag color="error" variant="filled" style={{ marginInlineEnd: 0 }}>
          {t('projects.state.overdueCount', { count: state.tasksOverdue })}
        </Tag>
      )}
    </Flex>
  );
}
