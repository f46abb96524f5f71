import type { Client } from '@crm/contracts';
import { Card, Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../users/components/UserNameCell';
import { ClientStatusTag } from './ClientStatusTag';
import { ClientTypeLabel } from './ClientTypeLabel';
import { RecordStamp } from './RecordStamp';

export interface ClientInfoCardProps {
  client: Client;
  /** The photo with its upload controls. */
  photo: ReactNode;
}

/** The client's general information: every field at a glance. */
export function ClientInfoCard({ client, photo }: ClientInfoCardProps) {
  const { t } = useTranslation();
  const yesNo = (value: boolean) => (value ? t('clients.yes') : t('clients.no'));
  return (
    <Card title={t('clients.sections.general')}>
      <div style={{ marginBottom: 20 }}>{photo}</div>
      <Descriptions column={1} colon={false} size="small" styles={{ label: { width: 150 } }}>
        <Descriptions.Item label={t('clients.fields.type')}>
          <ClientTypeLabel type={client.type} />
        </Descriptions.Item>
        <Descriptions.Item label={t('clients.fields.status')}>
          <ClientStatusTag status={client.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('clients.fields.source')}>
          {t(`clients.sources.${client.source}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('clients.fields.manager')}>
          {client.manager ? fullName({ ...client.manager, username: '' }) : t('clients.noManager')}
        </Descriptions.Item>
        <Descriptions.Item label={t('clients.fields.isVip')}>
          {yesNo(client.isVip)}
        </Descriptions.Item>
        <Descriptions.Item label={t('clients.fields.marketingConsent')}>
          {yesNo(client.marketingConsent)}
        </Descriptions.Item>
        <Descriptions.Item label={t('clients.record.created')}>
          <RecordStamp at={client.createdAt} by={client.createdBy} />
        </Descriptions.Item>
        <Descriptions.Item label={t('clients.record.updated')}>
          <RecordStamp at={client.updatedAt} by={client.updatedBy} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
