import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import type { Client } from '@crm/contracts';
import { clientSources, clientTypes } from '@crm/contracts';
import { Button, Flex, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ListFilter } from '../../../ui/list/ListFilter';
import { ListPage } from '../../../ui/list/ListPage';
import { useFormat } from '../../../ui/useFormat';
import { useCurrentUser } from '../../auth/useSession';
import { fullName } from '../../users/components/UserNameCell';
import type { ClientFilter } from '../clients.queries';
import { useClientsList, useManagers } from '../clients.queries';
import { ClientActions } from '../components/ClientActions';
import { ClientAvatar } from '../components/ClientAvatar';
import { ClientFormDrawer } from '../components/ClientFormDrawer';
import { ClientStatusesModal } from '../components/ClientStatusesModal';
import { ClientStatusTag } from '../components/ClientStatusTag';
import { ClientTypeLabel } from '../components/ClientTypeLabel';
import { DetailLink } from '../components/DetailLink';
import { useStatusOptions } from '../components/useStatusLabel';
import { VipMark } from '../components/VipMark';
import { mainEmail, mainPhone } from '../contactDetails';
import { clientPath } from '../routes';

interface DrawerState {
  open: boolean;
  /** Kept while the drawer slides out so its title does not flip. */
  client?: Client;
}

export function ClientsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const list = useClientsList();
  const statusOptions = useStatusOptions();
  const managers = useManagers();
  const [drawer, setDrawer] = useState<DrawerState>({ open: false });
  const [statusesOpen, setStatusesOpen] = useState(false);

  const handleCreate = () => setDrawer({ open: true });

  const filters: ListFilter<ClientFilter>[] = [
    {
      key: 'type',
      placeholder: t('clients.filters.type'),
      options: clientTypes.map((type) => ({ value: type, label: t(`clients.types.${type}`) })),
      width: 150,
    },
    {
      key: 'status',
      placeholder: t('clients.filters.status'),
      options: statusOptions,
      width: 150,
    },
    {
      key: 'isVip',
      placeholder: t('clients.filters.vip'),
      options: [
        { value: 'true', label: t('clients.filters.vipOnly') },
        { value: 'false', label: t('clients.filters.notVip') },
      ],
      width: 150,
    },
    {
      key: 'source',
      placeholder: t('clients.filters.source'),
      options: clientSources.map((source) => ({
        value: source,
        label: t(`clients.sources.${source}`),
      })),
    },
    {
      key: 'managerId',
      placeholder: t('clients.filters.manager'),
      options: (managers.data ?? []).map((user) => ({ value: user.id, label: fullName(user) })),
      width: 190,
      showSearch: true,
    },
  ];

  const columns = useMemo<ColumnsType<Client>>(
    () => [
      {
        key: 'name',
        title: t('clients.columns.name'),
        sorter: true,
        render: (_value, client) => (
          <Flex align="center" gap={12} style={{ minWidth: 220 }}>
            <ClientAvatar client={client} size={36} />
            <Flex vertical style={{ lineHeight: 1.3, minWidth: 0 }}>
              <Flex gap={6} align="center">
                <Typography.Text strong>{client.name}</Typography.Text>
                {client.isVip && <VipMark />}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Flex gap={4} component="span">
                  <ClientTypeLabel type={client.type} />
                  <span>· {t('clients.contactsCount', { count: client.contactsCount })}</span>
                </Flex>
              </Typography.Text>
            </Flex>
          </Flex>
        ),
      },
      {
        key: 'status',
        title: t('clients.columns.status'),
        render: (_value, client) => <ClientStatusTag status={client.status} />,
      },
      {
        key: 'manager',
        title: t('clients.columns.manager'),
        render: (_value, client) =>
          client.manager ? (
            <span style={{ whiteSpace: 'nowrap' }}>
              {fullName({ ...client.manager, username: '' })}
            </span>
          ) : (
            <Typography.Text type="secondary">{t('clients.noManager')}</Typography.Text>
          ),
      },
      {
        key: 'reach',
        title: t('clients.columns.reach'),
        render: (_value, client) => (
          <Flex vertical style={{ lineHeight: 1.45 }}>
            <DetailLink detail={mainPhone(client.contactDetails)} />
            <DetailLink detail={mainEmail(client.contactDetails)} maxWidth={220} />
          </Flex>
        ),
      },
      {
        key: 'updatedAt',
        title: t('clients.columns.updatedAt'),
        sorter: true,
        render: (_value, client) => (
          <Tooltip title={format.dateTime(client.updatedAt)}>
            <span style={{ whiteSpace: 'nowrap' }}>{format.date(client.updatedAt)}</span>
          </Tooltip>
        ),
      },
      {
        key: 'createdAt',
        title: t('clients.columns.createdAt'),
        sorter: true,
        render: (_value, client) => (
          <span style={{ whiteSpace: 'nowrap' }}>{format.date(client.createdAt)}</span>
        ),
      },
      {
        key: 'actions',
        title: <span className="sr-only">{t('common.actions')}</span>,
        align: 'right',
        width: 56,
        render: (_value, client) => (
          <ClientActions
            client={client}
            compact
            onEdit={(target) => setDrawer({ open: true, client: target })}
          />
        ),
      },
    ],
    [format, t],
  );

  return (
    <>
      <ListPage<Client, ClientFilter>
        title={t('clients.title')}
        subtitle={t('clients.subtitle')}
        actions={
          <>
            {me.role === 'admin' && (
              <Button icon={<SettingOutlined />} onClick={() => setStatusesOpen(true)}>
                {t('clients.statusAdmin.open')}
              </Button>
            )}
            <Button type="primary" icon={<PlusOutlined />} onClick={handleCreate}>
              {t('clients.create')}
            </Button>
          </>
        }
        list={list}
        columns={columns}
        filters={filters}
        searchPlaceholder={t('clients.searchPlaceholder')}
        emptyText={t('clients.empty')}
        emptyAction={
          <Button type="primary" onClick={handleCreate}>
            {t('clients.create')}
          </Button>
        }
        onRowClick={(client) => void navigate(clientPath(client.id))}
      />
      <ClientFormDrawer
        open={drawer.open}
        client={drawer.client}
        onClose={() => setDrawer((current) => ({ ...current, open: false }))}
        onCreated={(client) => void navigate(clientPath(client.id))}
      />
      {me.role === 'admin' && (
        <ClientStatusesModal open={statusesOpen} onClose={() => setStatusesOpen(false)} />
      )}
    </>
  );
}
