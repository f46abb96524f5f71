import {
  DeleteOutlined,
  EditOutlined,
  KeyOutlined,
  MoreOutlined,
  StopOutlined,
  CheckCircleOutlined,
} from '@ant-design/icons';
import type { User } from '@crm/contracts';
import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConfirmAction, useConfirmDelete } from '../../../ui/confirm';
import { useCurrentUser } from '../../auth/useSession';
import { useDeleteUser, useUpdateUser } from '../users.queries';
import { fullName } from './UserNameCell';

export interface UserActionsProps {
  user: User;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onDeleted?: () => void;
  /** `compact`: an icon-only trigger for table rows. */
  compact?: boolean;
}

/** Edit, reset password, (de)activate and delete — each consequential step confirmed. */
export function UserActions({
  user,
  onEdit,
  onResetPassword,
  onDeleted,
  compact,
}: UserActionsProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const confirm = useConfirmAction();
  const confirmDelete = useConfirmDelete();
  const updateUser = useUpdateUser();
  const deleteUser = useDeleteUser();
  const isSelf = user.id === me.id;
  const name = fullName(user);

  const handleToggleActive = () => {
    const activate = !user.isActive;
    confirm({
      title: activate ? t('users.activate.title', { name }) : t('users.deactivate.title', { name }),
      content: activate ? t('users.activate.content') : t('users.deactivate.content'),
      okText: activate ? t('users.activate.ok') : t('users.deactivate.ok'),
      danger: !activate,
      onConfirm: () => updateUser.mutateAsync({ id: user.id, changes: { isActive: activate } }),
      successMessage: activate
        ? t('users.activate.done', { name })
        : t('users.deactivate.done', { name }),
    });
  };

  const handleDelete = () => {
    confirmDelete({
      name,
      onConfirm: async () => {
        await deleteUser.mutateAsync(user.id);
        onDeleted?.();
      },
    });
  };

  const items: MenuProps['items'] = [
    { key: 'edit', icon: <EditOutlined />, label: t('common.edit') },
    { key: 'password', icon: <KeyOutlined />, label: t('users.actions.resetPassword') },
    {
      key: 'active',
      icon: user.isActive ? <StopOutlined /> : <CheckCircleOutlined />,
      label: user.isActive ? t('users.actions.deactivate') : t('users.actions.activate'),
      disabled: isSelf,
    },
    { type: 'divider' },
    {
      key: 'delete',
      icon: <DeleteOutlined />,
      label: t('common.delete'),
      danger: true,
      disabled: isSelf,
    },
  ];

  const handleClick: MenuProps['onClick'] = ({ key, domEvent }) => {
    domEvent.stopPropagation();
    switch (key) {
      case 'edit':
        onEdit(user);
        break;
      case 'password':
        onResetPassword(user);
        break;
      case 'active':
        handleToggleActive();
        break;
      case 'delete':
        handleDelete();
        break;
    }
  };

  return (
    <Dropdown menu={{ items, onClick: handleClick }} trigger={['click']} placement="bottomRight">
      <Button
        type={compact ? 'text' : 'default'}
        icon={<MoreOutlined />}
        aria-label={t('common.moreActions')}
        data-testid={`user-actions-${user.username}`}
        onClick={(event) => event.stopPropagation()}
      >
        {compact ? undefined : t('common.moreActions')}
      </Button>
    </Dropdown>
  );
}
