import { UserAddOutlined } from '@ant-design/icons';
import type { Contact } from '@crm/contracts';
import { Alert, Button, Empty, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../../ui/errorMessage';
import { ContactActions } from '../../contacts/components/ContactActions';
import { ContactAvatar } from '../../contacts/components/ContactAvatar';
import { contactName } from '../../contacts/components/contactName';
import { useClientContacts } from '../../contacts/contacts.queries';
import { mainEmail, mainPhone } from '../contactDetails';
import { contactPath } from '../routes';
import { DetailLink } from './DetailLink';

export interface ClientContactsTableProps {
  clientId: string;
  onAdd: () => void;
  onEdit: (contact: Contact) => void;
}

const PAGE_SIZE = 10;

/** The client's contact persons, each opening their own page. */
export function ClientContactsTable({ clientId, onAdd, onEdit }: ClientContactsTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorMessage();
  const [page, setPage] = useState(1);
  const query = useClientContacts(clientId, page, PAGE_SIZE);

  const columns = useMemo<ColumnsType<Contact>>(
    () => [
      {
        key: 'name',
        title: t('contacts.columns.name'),
        render: (_value, contact) => (
          <Flex align="center" gap={10}>
            <ContactAvatar contact={contact} size={32} />
            <Flex vertical style={{ lineHeight: 1.3 }}>
              <Typography.Text strong>{contactName(contact)}</Typography.Text>
              {contact.position && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {contact.position}
                </Typography.Text>
              )}
            </Flex>
          </Flex>
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
        render: (_value, contact) => <DetailLink detail={mainEmail(contact.contactDetails)} />,
      },
      {
        key: 'actions',
        title: <span className="sr-only">{t('common.actions')}</span>,
        align: 'right',
        width: 56,
        render: (_value, contact) => <ContactActions contact={contact} compact onEdit={onEdit} />,
      },
    ],
    [onEdit, t],
  );

  if (query.isError && !query.data) {
    return (
      <Alert
        type="warning"
        showIcon
        title={errorText(query.error)}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  return (
    <Table<Contact>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      scroll={{ x: 'max-content' }}
      onRow={(contact) => ({
        onClick: () => void navigate(contactPath(contact.id)),
        style: { cursor: 'pointer' },
      })}
      locale={{
        emptyText: query.isPending ? (
          <div style={{ height: 80 }} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clients.contacts.empty')}>
            <Button icon={<UserAddOutlined />} onClick={onAdd}>
              {t('clients.contacts.add')}
            </Button>
          </Empty>
        ),
      }}
      pagination={
        (query.data?.total ?? 0) > PAGE_SIZE
          ? {
              current: page,
              pageSize: PAGE_SIZE,
              total: query.data?.total ?? 0,
              onChange: setPage,
              showSizeChanger: false,
            }
          : false
      }
    />
  );
}
