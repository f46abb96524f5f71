import { EditOutlined } from '@ant-design/icons';
import type { User } from '@crm/contracts';
import { Button, Card, Col, Descriptions, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { DetailPage } from '../../../ui/DetailPage';
import { UserAvatar } from '../../../ui/UserAvatar';
import { useFormat } from '../../../ui/useFormat';
import { ActiveBadge } from '../components/ActiveBadge';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { RoleTag } from '../components/RoleTag';
import { UserActions } from '../components/UserActions';
import { UserFormDrawer } from '../components/UserFormDrawer';
import { fullName } from '../components/UserNameCell';
import { UserPhotoCard } from '../components/UserPhotoCard';
import { useUser } from '../users.queries';

export function UserPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const query = useUser(id);
  const [editing, setEditing] = useState(false);
  const [passwordFor, setPasswordFor] = useState<User | null>(null);
  const user = query.data;
  const empty = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <DetailPage
      backTo={modulePaths.users}
      loading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      avatar={user && <UserAvatar user={user} size={48} />}
      title={user && fullName(user)}
      subtitle={user && `@${user.username} · ${user.email}`}
      actions={
        user && (
          <>
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <UserActions
              user={user}
              onEdit={() => setEditing(true)}
              onResetPassword={setPasswordFor}
              onDeleted={() => void navigate(modulePaths.users, { replace: true })}
            />
          </>
        )
      }
    >
      {user && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card title={t('users.sections.account')} style={{ marginBottom: 16 }}>
                <Descriptions column={{ xs: 1, md: 2 }} colon={false} layout="vertical">
                  <Descriptions.Item label={t('users.fields.username')}>
                    {user.username}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('users.fields.email')}>
                    {user.email}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('users.fields.role')}>
                    <RoleTag role={user.role} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('users.columns.status')}>
                    <ActiveBadge isActive={user.isActive} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('users.columns.lastLoginAt')}>
                    {user.lastLoginAt
                      ? format.dateTime(user.lastLoginAt)
                      : t('users.neverLoggedIn')}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('users.columns.createdAt')}>
                    {format.dateTime(user.createdAt)}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              <Card title={t('users.sections.personal')}>
                <Descriptions column={{ xs: 1, md: 2 }} colon={false} layout="vertical">
                  <Descriptions.Item label={t('users.fields.firstName')}>
                    {user.firstName}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('users.fields.lastName')}>
                    {user.lastName}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('users.fields.phone')}>
                    {user.phone ?? empty}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('users.fields.gender')}>
                    {user.gender ? t(`gender.${user.gender}`) : empty}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('users.fields.dateOfBirth')}>
                    {user.dateOfBirth ? format.date(user.dateOfBirth) : empty}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <UserPhotoCard user={user} />
            </Col>
          </Row>
          <UserFormDrawer open={editing} user={user} onClose={() => setEditing(false)} />
          <ResetPasswordModal user={passwordFor} onClose={() => setPasswordFor(null)} />
        </>
      )}
    </DetailPage>
  );
}
