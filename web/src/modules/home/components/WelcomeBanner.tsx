import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/useSession';

function greetingKey(hour: number) {
  if (hour < 5) return 'home.greeting.evening' as const;
  if (hour < 12) return 'home.greeting.morning' as const;
  if (hour < 18) return 'home.greeting.afternoon' as const;
  return 'home.greeting.evening' as const;
}

/** The greeting at the top of every start page. */
export function WelcomeBanner() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const now = new Date();
  const today = Intl.DateTimeFormat(i18n.language === 'uk' ? 'uk-UA' : 'en-US', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(now);

  return (
    <Card
      variant="borderless"
      style={{ background: 'linear-gradient(120deg, #1d39c4 0%, #2f54eb 55%, #597ef7 100%)' }}
      styles={{ body: { padding: '24px 32px' } }}
    >
      <Flex align="center" justify="space-between" gap={24} wrap="wrap">
        <div>
          <Typography.Text style={{ color: 'rgba(255,255,255,.75)', textTransform: 'capitalize' }}>
            {today}
          </Typography.Text>
          <Typography.Title level={2} style={{ color: '#fff', margin: '4px 0 0' }}>
            {t(greetingKey(now.getHours()), { name: user.firstName || user.username })}
          </Typography.Title>
          <Typography.Paragraph
            style={{ color: 'rgba(255,255,255,.85)', margin: '6px 0 0', fontSize: 15 }}
          >
            {t(`home.intro.${user.role}`)}
          </Typography.Paragraph>
        </div>
      </Flex>
    </Card>
  );
}
