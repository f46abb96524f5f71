import { Card, Col, Descriptions, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { UserAvatar } from '../../../ui/UserAvatar';
import { useFormat } from '../../../ui/useFormat';
import { useMe } from '../../auth/auth.queries';
import { RoleTag } from '../../users/components/RoleTag';
import { fullName } from '../../users/components/UserNameCell';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { ProfileForm } from '../components/ProfileForm';

export function ProfilePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();

  if (me.isError) {
    return (
      <>
        <PageHeader title={t('profile.title')} />
        <Card>
          <ErrorState error={me.error} onRetry={() => void me.refetch()} />
        </Card>
      </>
    );
  }

  const user = me.data;
  return (
    <>
      <PageHeader title={t('profile.title')} subtitle={t('profile.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card>
            {user ? (
              <Flex vertical align="center" gap={8} style={{ textAlign: 'center' }}>
                <UserAvatar user={user} size={96} />
                <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
                  {fullName(user)}
                </Typography.Title>
                <RoleTag role={user.role} />
                <Descriptions
                  column={1}
                  size="small"
                  colon={false}
                  style={{ marginTop: 16, width: '100%', textAlign: 'start' }}
                >
                  <Descriptions.Item label={t('users.fields.username')}>
                    {user.username}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('users.fields.email')}>
                    {user.email}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('profile.memberSince')}>
                    {format.date(user.createdAt)}
                  </Descriptions.Item>
                </Descriptions>
              </Flex>
            ) : (
              <Skeleton active avatar paragraph={{ rows: 4 }} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card title={t('profile.personal')}>
              {user ? <ProfileForm user={user} /> : <Skeleton active paragraph={{ rows: 5 }} />}
            </Card>
            <Card title={t('profile.password.title')}>
              <ChangePasswordForm />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
