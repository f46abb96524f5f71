import { DeleteOutlined, EditOutlined, MoreOutlined } from '@ant-design/icons';
import type { Client } from '@crm/contracts';
import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeleteClientFlow } from './useDeleteClientFlow';

export interface ClientActionsProps {
  client: Client;
  onEdit: (client: Client) => void;
  onDeleted?: () => void;
  /** `compact`: an icon-only trigger for table rows. */
  compact?: boolean;
}

/** The "More" menu of a client: edit and delete (confirmed). */
export function ClientActions({ client, onEdit, onDeleted, compact }: ClientActionsProps) {
  const { t } = useTranslation();
  const deleteClient = useDeleteClientFlow();

  const items: MenuProps['items'] = [
    { key: 'edit', icon: <EditOutlined />, label: t('common.edit') },
    { type: 'divider' },
    { key: 'delete', icon: <DeleteOutlined />, label: t('common.delete'), danger: true },
  ];

  const handleClick: MenuProps['onClick'] = ({ key, domEvent }) => {
    domEvent.stopPropagation();
    if (key === 'edit') onEdit(client);
    if (key === 'delete') deleteClient(client, onDeleted);
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
