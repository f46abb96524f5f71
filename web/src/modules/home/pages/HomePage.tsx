import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modulesFor } from '../../../app/access';
import { moduleIcons } from '../../../app/layout/moduleIcons';
import { modulePaths } from '../../../app/paths';
import { brandColor } from '../../../app/theme';
import { useCurrentUser } from '../../auth/useSession';

function greetingKey(hour: number) {
  if (hour < 5) return 'home.greeting.evening' as const;
  if (hour < 12) return 'home.greeting.morning' as const;
  if (hour < 18) return 'home.greeting.afternoon' as const;
  return 'home.greeting.evening' as const;
}

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const sections = modulesFor(user.role).filter((module) => module !== 'home');

  return (
    <Flex vertical gap={24}>
      <Card
        variant="borderless"
        style={{
          background: 'linear-gradient(120deg, #1d39c4 0%, #2f54eb 55%, #597ef7 100%)',
          color: '#fff',
        }}
        styles={{ body: { padding: '32px 36px' } }}
      >
        <Typography.Title level={2} style={{ color: '#fff', margin: 0 }}>
          {t(greetingKey(new Date().getHours()), { name: user.firstName || user.username })}
        </Typography.Title>
        <Typography.Paragraph
          style={{ color: 'rgba(255,255,255,.85)', margin: '8px 0 0', fontSize: 16 }}
        >
          {t(`home.intro.${user.role}`)}
        </Typography.Paragraph>
      </Card>

      <div>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('home.sections')}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          {sections.map((module) => (
            <Col key={module} xs={24} sm={12} xl={8}>
              <Link to={modulePaths[module]} style={{ display: 'block', height: '100%' }}>
                <Card hoverable style={{ height: '100%' }}>
                  <Flex gap={16} align="flex-start">
                    <Flex
                      align="center"
                      justify="center"
                      style={{
                        width: 44,
                        height: 44,
                        borderRadius: 10,
                        background: '#eef2ff',
                        color: brandColor,
                        fontSize: 20,
                        flexShrink: 0,
                      }}
                    >
                      {moduleIcons[module]}
                    </Flex>
                    <div style={{ flex: 1 }}>
                      <Typography.Text strong style={{ fontSize: 16 }}>
                        {t(`nav.${module}`)}
                      </Typography.Text>
                      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                        {t(`home.modules.${module}`)}
                      </Typography.Paragraph>
                    </div>
                    <ArrowRightOutlined style={{ color: 'rgba(0,0,0,.25)', marginTop: 4 }} />
                  </Flex>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </div>
    </Flex>
  );
}
