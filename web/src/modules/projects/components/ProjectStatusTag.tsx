import type { ProjectStatus } from '@crm/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusColors } from '../projectDisplay';

export interface ProjectStatusTagProps {
  status: ProjectStatus;
}

export function ProjectStatusTag({ status }: ProjectStatusTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} variant="filled">
      {t(`projects.status.${status}`)}
    </Tag>
  );
}
