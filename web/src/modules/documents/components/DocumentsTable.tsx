import type { DocumentRecord } from '@crm/contracts';
import { Alert, Button, Empty, Table } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../../ui/errorMessage';
import { documentPath } from '../documents.paths';
import { useDocumentsPage } from '../documents.queries';
import type { LinkKind } from './DocumentLinks';
import { useDocumentColumns } from './useDocumentColumns';

/** Whose documents: one client's, project's or task's. */
export interface DocumentsFilter {
  clientId?: string;
  projectId?: string;
  taskId?: string;
}

export interface DocumentsTableProps {
  filter: DocumentsFilter;
  /** Rows per page; 10 by default. */
  pageSize?: number;
  /** What to say when there are none. */
  emptyText?: ReactNode;
  /** Shown under the empty text, e.g. a `DocumentUploadButton`. */
  emptyAction?: ReactNode;
}

/**
 * The documents of a client, project or task, newest first, with download buttons and pages.
 * Made for the documents section of other records' pages; a row opens the document.
 */
export function DocumentsTable({
  filter,
  pageSize = 10,
  emptyText,
  emptyAction,
}: DocumentsTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorMessage();
  const [page, setPage] = useState(1);
  const query = useDocumentsPage({ ...filter, page, pageSize, sort: '-createdAt' });
  // What the filter names is the page the table is on: no need to repeat it in every row.
  const hideLinks: LinkKind[] = filter.taskId
    ? ['client', 'project', 'task']
    : filter.projectId
      ? ['client', 'project']
      : filter.clientId
        ? ['client']
        : [];
  const columns = useDocumentColumns({ hideLinks });
  const data = query.data;

  return (
    <>
      {query.isError && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={errorText(query.error)}
          action={
            <Button size="small" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      <Table<DocumentRecord>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={query.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: query.isPending ? (
            <div style={{ height: 80 }} />
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={emptyText ?? t('documents.table.empty')}
            >
              {emptyAction}
            </Empty>
          ),
        }}
        onRow={(record) => ({
          onClick: () => void navigate(documentPath(record.id)),
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
    </>
  );
}
