import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Dropdown, Flex, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../../modules/auth/auth.queries';
import { useCurrentUser } from '../../modules/auth/useSession';
import { UserAvatar } from '../../ui/UserAvatar';
import { paths } from '../paths';

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const fullName = `${user.firstName} ${user.lastName}`.trim() || user.username;

  const items: MenuProps['items'] = [
    { key: 'profile', icon: <UserOutlined />, label: t('header.profile') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
  ];

  const handleClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'profile') {
      void navigate(paths.profile);
    } else if (key === 'logout') {
      // The login page says "you have logged out" once the session is gone.
      logout();
    }
  };

  return (
    <Dropdown menu={{ items, onClick: handleClick }} trigger={['click']} placement="bottomRight">
      <Flex
        component="button"
        align="center"
        gap={10}
        data-testid="user-menu"
        aria-label={t('header.account')}
        style={{
          background: 'none',
          border: 0,
          cursor: 'pointer',
          padding: '4px 8px',
          borderRadius: 8,
          height: 48,
        }}
      >
        <UserAvatar user={user} size={34} />
        <Flex vertical align="flex-start" style={{ lineHeight: 1.25 }}>
          <Typography.Text strong data-testid="user-name">
            {fullName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`roles.${user.role}`)}
          </Typography.Text>
        </Flex>
        <DownOutlined style={{ fontSize: 10, color: 'rgba(0,0,0,.45)' }} />
      </Flex>
    </Dropdown>
  );
}
