import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ActiveBadgeProps {
  isActive: boolean;
}

export function ActiveBadge({ isActive }: ActiveBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      status={isActive ? 'success' : 'default'}
      text={isActive ? t('users.status.active') : t('users.status.inactive')}
    />
  );
}
