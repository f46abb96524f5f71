import { Alert, Button, Empty, Pagination, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/errorMessage';
import { CommunicationItem } from '../../communications/components/CommunicationItem';
import { useDocumentCommunications } from '../documents.queries';

export interface DocumentCommunicationsProps {
  documentId: string;
}

const PAGE_SIZE = 10;

/** The communications that mention the document, newest first (read-only here). */
export function DocumentCommunications({ documentId }: DocumentCommunicationsProps) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const [page, setPage] = useState(1);
  const query = useDocumentCommunications(documentId, { page, pageSize: PAGE_SIZE });
  const items = query.data?.items ?? [];

  if (query.isPending) return <Skeleton active avatar paragraph={{ rows: 3 }} />;
  if (query.isError) {
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
  if (items.length === 0) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.mentions.empty')} />
    );
  }
  return (
    <>
      <div role="list" aria-label={t('documents.mentions.title')}>
        {items.map((item, index) => (
          <CommunicationItem
            key={item.id}
            communication={item}
            showContact
            canChange={false}
            isLast={index === items.length - 1}
            onEdit={() => undefined}
            onDelete={() => undefined}
          />
        ))}
      </div>
      {(query.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          style={{ marginTop: 16, textAlign: 'center' }}
          align="center"
          size="small"
          current={page}
          pageSize={PAGE_SIZE}
          total={query.data?.total ?? 0}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
    </>
  );
}
