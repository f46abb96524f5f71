import type { DocumentRecord } from '@crm/contracts';
import { Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { useFileSize } from '../useFileSize';
import type { LinkKind } from './DocumentLinks';
import { DocumentLinks } from './DocumentLinks';
import { DocumentTitleCell } from './DocumentTitleCell';
import { DownloadButton } from './DownloadButton';

export interface DocumentColumnsOptions {
  /** Column headers sort through the list (the Documents page); plain otherwise. */
  sortable?: boolean;
  hideLinks?: readonly LinkKind[];
  showAuthor?: boolean;
}

/** The columns of a documents table: what, linked to, how big, who, when, download. */
export function useDocumentColumns({
  sortable = false,
  hideLinks = [],
  showAuthor = true,
}: DocumentColumnsOptions = {}): ColumnsType<DocumentRecord> {
  const { t } = useTranslation();
  const format = useFormat();
  const fileSize = useFileSize();
  const hideKey = hideLinks.join(',');

  return useMemo<ColumnsType<DocumentRecord>>(() => {
    const hidden = hideKey ? (hideKey.split(',') as LinkKind[]) : [];
    const columns: ColumnsType<DocumentRecord> = [
      {
        key: 'title',
        title: t('documents.columns.title'),
        sorter: sortable,
        render: (_value, document) => <DocumentTitleCell document={document} />,
      },
    ];
    if (hidden.length < 3) {
      columns.push({
        key: 'links',
        title: t('documents.columns.links'),
        render: (_value, document) => <DocumentLinks document={document} hide={hidden} />,
      });
    }
    columns.push({
      key: 'fileSize',
      title: t('documents.columns.size'),
      sorter: sortable,
      align: 'right',
      render: (_value, document) => (
        <span style={{ whiteSpace: 'nowrap' }}>{fileSize(document.fileSize)}</span>
      ),
    });
    if (showAuthor) {
      columns.push({
        key: 'author',
        title: t('documents.columns.author'),
        render: (_value, document) =>
          document.author ? (
            <span style={{ whiteSpace: 'nowrap' }}>
              {`${document.author.firstName} ${document.author.lastName}`.trim()}
            </span>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          ),
      });
    }
    columns.push(
      {
        key: 'createdAt',
        title: t('documents.columns.createdAt'),
        sorter: sortable,
        render: (_value, document) => (
          <Tooltip title={format.dateTime(document.createdAt)}>
            <span style={{ whiteSpace: 'nowrap' }}>{format.date(document.createdAt)}</span>
          </Tooltip>
        ),
      },
      {
        key: 'download',
        title: <span className="sr-only">{t('documents.actions.download')}</span>,
        align: 'right',
        width: 56,
        render: (_value, document) => <DownloadButton document={document} compact />,
      },
    );
    return columns;
  }, [fileSize, format, hideKey, showAuthor, sortable, t]);
}
