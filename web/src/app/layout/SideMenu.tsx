import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '../../modules/auth/useSession';
import { modulesFor } from '../access';
import { moduleOfPath, modulePaths } from '../paths';
import { moduleIcons } from './moduleIcons';

/** The sections this user's role may open, in a fixed order. */
export function SideMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const selected = moduleOfPath(location.pathname);

  const items: MenuProps['items'] = modulesFor(user.role).map((module) => ({
    key: module,
    icon: moduleIcons[module],
    label: <Link to={modulePaths[module]}>{t(`nav.${module}`)}</Link>,
  }));

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      aria-label={t('nav.label')}
      data-testid="main-menu"
      style={{ borderInlineEnd: 0 }}
    />
  );
}
