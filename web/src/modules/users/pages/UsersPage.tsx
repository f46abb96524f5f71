import { PlusOutlined } from '@ant-design/icons';
import type { User } from '@crm/contracts';
import { roles } from '@crm/contracts';
import { Button, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import type { ListFilter } from '../../../ui/list/ListFilter';
import { ListPage } from '../../../ui/list/ListPage';
import { useFormat } from '../../../ui/useFormat';
import { ActiveBadge } from '../components/ActiveBadge';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { RoleTag } from '../components/RoleTag';
import { UserActions } from '../components/UserActions';
import { UserFormDrawer } from '../components/UserFormDrawer';
import { UserNameCell } from '../components/UserNameCell';
import type { UserFilter } from '../users.queries';
import { useUsersList } from '../users.queries';

interface DrawerState {
  open: boolean;
  /** Kept while the drawer slides out so its title does not flip. */
  user?: User;
}

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const list = useUsersList();
  const [drawer, setDrawer] = useState<DrawerState>({ open: false });
  const [passwordFor, setPasswordFor] = useState<User | null>(null);

  const handleCreate = () => setDrawer({ open: true });

  const filters: ListFilter<UserFilter>[] = [
    {
      key: 'role',
      placeholder: t('users.filters.role'),
      options: roles.map((role) => ({ value: role, label: t(`roles.${role}`) })),
    },
    {
      key: 'isActive',
      placeholder: t('users.filters.status'),
      options: [
        { value: 'true', label: t('users.status.active') },
        { value: 'false', label: t('users.status.inactive') },
      ],
    },
  ];

  const columns = useMemo<ColumnsType<User>>(
    () => [
      {
        key: 'lastName',
        title: t('users.columns.name'),
        sorter: true,
        render: (_value, user) => <UserNameCell user={user} />,
      },
      {
        key: 'email',
        title: t('users.columns.email'),
        dataIndex: 'email',
        sorter: true,
        render: (email: string) => (
          <Typography.Text
            copyable={{ text: email, tooltips: [t('common.copy'), t('common.copied')] }}
          >
            {email}
          </Typography.Text>
        ),
      },
      {
        key: 'role',
        title: t('users.columns.role'),
        dataIndex: 'role',
        sorter: true,
        render: (_value, user) => <RoleTag role={user.role} />,
      },
      {
        key: 'isActive',
        title: t('users.columns.status'),
        render: (_value, user) => <ActiveBadge isActive={user.isActive} />,
      },
      {
        key: 'lastLoginAt',
        title: t('users.columns.lastLoginAt'),
        sorter: true,
        render: (_value, user) =>
          user.lastLoginAt ? (
            <Tooltip title={format.dateTime(user.lastLoginAt)}>
              {format.date(user.lastLoginAt)}
            </Tooltip>
          ) : (
            <Typography.Text type="secondary">{t('users.neverLoggedIn')}</Typography.Text>
          ),
      },
      {
        key: 'createdAt',
        title: t('users.columns.createdAt'),
        sorter: true,
        render: (_value, user) => format.date(user.createdAt),
      },
      {
        key: 'actions',
        title: <span className="sr-only">{t('common.actions')}</span>,
        align: 'right',
        width: 64,
        render: (_value, user) => (
          <UserActions
            user={user}
            compact
            onEdit={(target) => setDrawer({ open: true, user: target })}
            onResetPassword={setPasswordFor}
          />
        ),
      },
    ],
    [format, t],
  );

  return (
    <>
      <ListPage<User, UserFilter>
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={handleCreate}>
            {t('users.create')}
          </Button>
        }
        list={list}
        columns={columns}
        filters={filters}
        searchPlaceholder={t('users.searchPlaceholder')}
        emptyText={t('users.empty')}
        emptyAction={
          <Button type="primary" onClick={handleCreate}>
            {t('users.create')}
          </Button>
        }
        onRowClick={(user) => void navigate(paths.user(user.id))}
      />
      <UserFormDrawer
        open={drawer.open}
        user={drawer.user}
        onClose={() => setDrawer((current) => ({ ...current, open: false }))}
      />
      <ResetPasswordModal user={passwordFor} onClose={() => setPasswordFor(null)} />
    </>
  );
}
