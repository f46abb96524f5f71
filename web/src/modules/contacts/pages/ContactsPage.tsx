import { PlusOutlined } from '@ant-design/icons';
import type { Contact } from '@crm/contracts';
import { Button, Flex, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ListPage } from '../../../ui/list/ListPage';
import { useFormat } from '../../../ui/useFormat';
import { ClientSelect } from '../../clients/components/ClientSelect';
import { DetailLink } from '../../clients/components/DetailLink';
import { mainEmail, mainPhone } from '../../clients/contactDetails';
import { clientPath, contactPath } from '../../clients/routes';
import { ContactActions } from '../components/ContactActions';
import { ContactAvatar } from '../components/ContactAvatar';
import { ContactFormDrawer } from '../components/ContactFormDrawer';
import { contactName } from '../components/contactName';
import type { ContactFilter } from '../contacts.queries';
import { useContactsList } from '../contacts.queries';

interface DrawerState {
  open: boolean;
  contact?: Contact;
}

export function ContactsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const list = useContactsList();
  const [drawer, setDrawer] = useState<DrawerState>({ open: false });
  const clientId = list.state.filters.clientId;

  const handleCreate = () => setDrawer({ open: true });

  const columns = useMemo<ColumnsType<Contact>>(
    () => [
      {
        key: 'lastName',
        title: t('contacts.columns.name'),
        sorter: true,
        render: (_value, contact) => (
          <Flex align="center" gap={12} style={{ minWidth: 200 }}>
            <ContactAvatar contact={contact} size={36} />
            <Flex vertical style={{ lineHeight: 1.3 }}>
              <Typography.Text strong>{contactName(contact)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {contact.position ?? t('contacts.noPosition')}
              </Typography.Text>
            </Flex>
          </Flex>
        ),
      },
      {
        key: 'client',
        title: t('contacts.columns.client'),
        render: (_value, contact) => (
          <Link
            to={clientPath(contact.clientId)}
            onClick={(event) => event.stopPropagation()}
            style={{ whiteSpace: 'nowrap' }}
          >
            {contact.client.name}
          </Link>
        ),
      },
      {
        key: 'phone',
        title: t('contacts.columns.phone'),
        render: (_value, contact) => <DetailLink detail={mainPhone(contact.contactDetails)} />,
      },
      {
        key: 'email',
        title: t('contacts.columns.email'),
        render: (_value, contact) => (
          <DetailLink detail={mainEmail(contact.contactDetails)} maxWidth={240} />
        ),
      },
      {
        key: 'updatedAt',
        title: t('contacts.columns.updatedAt'),
        sorter: true,
        render: (_value, contact) => (
          <Tooltip title={format.dateTime(contact.updatedAt)}>
            <span style={{ whiteSpace: 'nowrap' }}>{format.date(contact.updatedAt)}</span>
          </Tooltip>
        ),
      },
      {
        key: 'createdAt',
        title: t('contacts.columns.createdAt'),
        sorter: true,
        render: (_value, contact) => (
          <span style={{ whiteSpace: 'nowrap' }}>{format.date(contact.createdAt)}</span>
        ),
      },
      {
        key: 'actions',
        title: <span className="sr-only">{t('common.actions')}</span>,
        align: 'right',
        width: 56,
        render: (_value, contact) => (
          <ContactActions
            contact={contact}
            compact
            onEdit={(target) => setDrawer({ open: true, contact: target })}
          />
        ),
      },
    ],
    [format, t],
  );

  return (
    <>
      <ListPage<Contact, ContactFilter>
        title={t('contacts.title')}
        subtitle={t('contacts.subtitle')}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={handleCreate}>
            {t('contacts.create')}
          </Button>
        }
        list={list}
        columns={columns}
        extraFilters={
          <ClientSelect
            allowClear
            value={clientId}
            onChange={(value) => list.setFilter('clientId', value)}
            placeholder={t('contacts.filters.client')}
            aria-label={t('contacts.filters.client')}
            style={{ minWidth: 240 }}
          />
        }
        searchPlaceholder={t('contacts.searchPlaceholder')}
        emptyText={t('contacts.empty')}
        emptyAction={
          <Button type="primary" onClick={handleCreate}>
            {t('contacts.create')}
          </Button>
        }
        onRowClick={(contact) => void navigate(contactPath(contact.id))}
      />
      <ContactFormDrawer
        open={drawer.open}
        contact={drawer.contact}
        clientId={clientId}
        onClose={() => setDrawer((current) => ({ ...current, open: false }))}
        onCreated={(contact) => void navigate(contactPath(contact.id))}
      />
    </>
  );
}
