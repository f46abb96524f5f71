import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/apiError';
import { ErrorState } from './ErrorState';
import { PageHeader } from './PageHeader';
import { StatusResult } from './StatusResult';

export interface DetailPageProps {
  /** Where "back" goes: the module's list. */
  backTo: string;
  title?: ReactNode;
  subtitle?: ReactNode;
  avatar?: ReactNode;
  actions?: ReactNode;
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}

/**
 * The frame of a record's page: back link, title with avatar and actions, then the sections.
 * Handles loading, "no such record" (404), "not yours to see" (403) and other failures.
 */
export function DetailPage({
  backTo,
  title,
  subtitle,
  avatar,
  actions,
  loading,
  error,
  onRetry,
  children,
}: DetailPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  const back = (
    <Tooltip title={t('common.back')}>
      <Button
        shape="circle"
        icon={<ArrowLeftOutlined />}
        aria-label={t('common.back')}
        onClick={() => void navigate(backTo)}
      />
    </Tooltip>
  );

  if (loading) {
    return (
      <>
        <PageHeader prefix={back} title={<Skeleton.Input active size="small" />} />
        <Card>
          <Skeleton active avatar paragraph={{ rows: 6 }} />
        </Card>
      </>
    );
  }

  if (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 403)) {
      return <StatusResult status={error.status === 404 ? 404 : 403} />;
    }
    return (
      <>
        <PageHeader prefix={back} title={t('states.errorTitle')} />
        <Card>
          <ErrorState error={error} onRetry={onRetry} />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader
        prefix={
          <>
            {back}
            {avatar}
          </>
        }
        title={title}
        subtitle={subtitle}
        actions={actions}
      />
      {children}
    </>
  );
}
