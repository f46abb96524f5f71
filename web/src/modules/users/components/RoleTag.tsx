import type { Role } from '@crm/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<Role, string> = { admin: 'magenta', manager: 'geekblue', developer: 'cyan' };

export interface RoleTagProps {
  role: Role;
}

export function RoleTag({ role }: RoleTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[role]} variant="filled">
      {t(`roles.${role}`)}
    </Tag>
  );
}
