import { ToolOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AppModule } from '../../../app/access';
import { PageHeader } from '../../../ui/PageHeader';

export interface ComingSoonPageProps {
  module: AppModule;
}

/** Stands in for a section that is not built yet. */
export function ComingSoonPage({ module }: ComingSoonPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const name = t(`nav.${module}`);
  return (
    <>
      <PageHeader title={name} />
      <Card>
        <Result
          icon={<ToolOutlined style={{ color: '#2f54eb' }} />}
          title={t('pages.comingSoon.title', { name })}
          subTitle={t('pages.comingSoon.subtitle')}
          extra={<Button onClick={() => void navigate('/')}>{t('pages.backHome')}</Button>}
        />
      </Card>
    </>
  );
}
