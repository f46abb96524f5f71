import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Divider, Flex, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { ContentSpinner } from '../../ui/ContentSpinner';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { Brand } from '../../ui/Brand';
import '../../i18n/registerModules';
import { siderBackground } from '../theme';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

const SIDER_KEY = 'crm.siderCollapsed';

function readCollapsed(): boolean {
  try {
    return localStorage.getItem(SIDER_KEY) === 'true';
  } catch {
    return false;
  }
}

/** The signed-in frame: the role's menu on the left, language and account on top. */
export function AppLayout() {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(readCollapsed);

  const handleToggle = () => {
    setCollapsed((value) => {
      try {
        localStorage.setItem(SIDER_KEY, String(!value));
      } catch {
        // Only a preference.
      }
      return !value;
    });
  };

  // AntApp (toasts, confirm dialogs) lives here rather than at the root: the login page needs none.
  return (
    <AntApp>
      <Layout hasSider style={{ minHeight: '100vh' }}>
        {/* The wrapper paints the menu's colour down the whole page; the menu itself stays put. */}
        <div style={{ background: siderBackground, flexShrink: 0 }}>
          <Layout.Sider
            width={232}
            collapsed={collapsed}
            collapsible
            trigger={null}
            breakpoint="lg"
            onBreakpoint={(broken) => setCollapsed(broken || readCollapsed())}
            style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
          >
            <Link
              to="/"
              aria-label={t('nav.home')}
              style={{ display: 'block', padding: collapsed ? '18px 23px' : '18px 20px' }}
            >
              <Brand collapsed={collapsed} />
            </Link>
            <SideMenu />
          </Layout.Sider>
        </div>
        <Layout>
          <Layout.Header
            style={{
              position: 'sticky',
              top: 0,
              zIndex: 10,
              borderBottom: '1px solid #eef0f5',
              display: 'flex',
              alignItems: 'center',
            }}
          >
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={handleToggle}
              aria-label={collapsed ? t('header.expandMenu') : t('header.collapseMenu')}
            />
            <Flex align="center" gap={4} style={{ marginInlineStart: 'auto' }}>
              <LanguageSwitch />
              <Divider orientation="vertical" />
              <UserMenu />
            </Flex>
          </Layout.Header>
          <Layout.Content style={{ padding: 24, maxWidth: 1440, width: '100%', margin: '0 auto' }}>
            <Suspense fallback={<ContentSpinner />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </AntApp>
  );
}
