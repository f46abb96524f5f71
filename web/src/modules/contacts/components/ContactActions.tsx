import { DeleteOutlined, EditOutlined, MoreOutlined } from '@ant-design/icons';
import type { Contact } from '@crm/contracts';
import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConfirmAction } from '../../../ui/confirm';
import { useDeleteContact } from '../contacts.queries';
import { contactName } from './contactName';

export interface ContactActionsProps {
  contact: Contact;
  onEdit: (contact: Contact) => void;
  onDeleted?: () => void;
  compact?: boolean;
}

/** Edit and delete a contact person; deleting says that their history goes with them. */
export function ContactActions({ contact, onEdit, onDeleted, compact }: ContactActionsProps) {
  const { t } = useTranslation();
  const confirm = useConfirmAction();
  const deleteContact = useDeleteContact();
  const name = contactName(contact);

  const handleDelete = () =>
    confirm({
      title: t('confirm.deleteTitle', { name }),
      content: t('contacts.delete.content'),
      okText: t('common.delete'),
      danger: true,
      onConfirm: async () => {
        await deleteContact.mutateAsync(contact.id);
        onDeleted?.();
      },
      successMessage: t('confirm.deleted', { name }),
    });

  const items: MenuProps['items'] = [
    { key: 'edit', icon: <EditOutlined />, label: t('common.edit') },
    { type: 'divider' },
    { key: 'delete', icon: <DeleteOutlined />, label: t('common.delete'), danger: true },
  ];

  const handleClick: MenuProps['onClick'] = ({ key, domEvent }) => {
    domEvent.stopPropagation();
    if (key === 'edit') onEdit(contact);
    if (key === 'delete') handleDelete();
  };

  return (
    <Dropdown menu={{ items, onClick: handleClick }} trigger={['click']} placement="bottomRight">
      <Button
        type={compact ? 'text' : 'default'}
        icon={<MoreOutlined />}
        aria-label={t('common.moreActions')}
        onClick={(event) => event.stopPropagation()}
      >
        {compact ? undefined : t('common.moreActions')}
      </Button>
    </Dropdown>
  );
}
