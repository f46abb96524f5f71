import { CrownOutlined, StopOutlined, ToolOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import type { AdminHome as AdminHomeData } from '@crm/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modulePaths, paths } from '../../../app/paths';
import { StatCard } from '../../../ui/StatCard';
import { UserAvatar } from '../../../ui/UserAvatar';
import { useFormat } from '../../../ui/useFormat';
import { useHomeView } from './useHomeView';
import { useAdminHome } from '../home.queries';
import { relativeTime } from '../relativeTime';

const roleColors = { admin: 'magenta', manager: 'geekblue', developer: 'cyan' } as const;

/** The workspace at a glance for admins: who has access, who signed in lately. */
export function AdminHome() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const home = useAdminHome();

  const view = useHomeView(home, 4);
  if (!view.data) return view.fallback;
  const { usersByRole, recentSignIns }: AdminHomeData = view.data;
  const language = i18n.language === 'uk' ? 'uk' : 'en';
  const usersLink = (query: string) => `${modulePaths.users}?${query}`;

  return (
    <div data-testid="home-admin">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12}>
              <StatCard
                testId="home-users-admin"
                title={t('homePage.admin.admins')}
                value={format.number(usersByRole.admin)}
                icon={<CrownOutlined />}
                color="#eb2f96"
                to={usersLink('role=admin&isActive=true')}
              />
            </Col>
            <Col xs={24} sm={12}>
              <StatCard
                testId="home-users-manager"
                title={t('homePage.admin.managers')}
                value={format.number(usersByRole.manager)}
                icon={<UserOutlined />}
                to={usersLink('role=manager&isActive=true')}
              />
            </Col>
            <Col xs={24} sm={12}>
              <StatCard
                testId="home-users-developer"
                title={t('homePage.admin.developers')}
                value={format.number(usersByRole.developer)}
                icon={<ToolOutlined />}
                color="#13c2c2"
                to={usersLink('role=developer&isActive=true')}
              />
            </Col>
            <Col xs={24} sm={12}>
              <StatCard
                testId="home-users-inactive"
                title={t('homePage.admin.inactive')}
                value={format.number(usersByRole.inactive)}
                footnote={t('homePage.admin.inactiveNote')}
                icon={<StopOutlined />}
                color="#8c8c8c"
                to={usersLink('isActive=false')}
              />
            </Col>
          </Row>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            data-testid="home-recent-sign-ins"
            title={t('homePage.admin.signInsTitle')}
            extra={<Link to={modulePaths.users}>{t('homePage.admin.manageUsers')}</Link>}
            style={{ height: '100%' }}
            styles={{ body: { padding: '4px 20px 8px' } }}
          >
            {recentSignIns.length === 0 ? (
              <Typography.Text type="secondary">{t('homePage.admin.noSignIns')}</Typography.Text>
            ) : (
              recentSignIns.slice(0, 5).map((user, index) => (
                <Flex
                  key={user.id}
                  align="center"
                  gap={12}
                  style={{
                    padding: '9px 0',
                    borderTop: index === 0 ? undefined : '1px solid #f0f0f0',
                  }}
                >
                  <UserAvatar user={user} size={32} />
                  <Flex vertical style={{ minWidth: 0, flex: 1 }}>
                    <Link to={paths.user(user.id)} style={{ fontWeight: 500 }}>
                      {`${user.firstName} ${user.lastName}`.trim() || user.username}
                    </Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      @{user.username}
                    </Typography.Text>
                  </Flex>
                  <Tag color={roleColors[user.role]} variant="filled">
                    {t(`roles.${user.role}`)}
                  </Tag>
                  <Typography.Text
                    type="secondary"
                    title={format.dateTime(user.lastLoginAt)}
                    style={{ width: 120, textAlign: 'end', fontSize: 12 }}
                  >
                    {relativeTime(user.lastLoginAt, language)}
                  </Typography.Text>
                </Flex>
              ))
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
