import { BankOutlined, UserOutlined } from '@ant-design/icons';
import type { Client } from '@crm/contracts';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ClientTypeLabelProps {
  type: Client['type'];
}

export function ClientTypeLabel({ type }: ClientTypeLabelProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={6} align="center" style={{ whiteSpace: 'nowrap' }}>
      <span style={{ color: 'rgba(0,0,0,.45)' }}>
        {type === 'company' ? <BankOutlined /> : <UserOutlined />}
      </span>
      {t(`clients.types.${type}`)}
    </Flex>
  );
}
