import type { DocumentRecord } from '@crm/contracts';
import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { documentPath } from '../documents.paths';
import { FileTypeIcon } from './FileTypeIcon';

export interface DocumentTitleCellProps {
  document: Pick<DocumentRecord, 'id' | 'title' | 'fileName' | 'contentType'>;
}

/** The type icon, the title (a link to the document) and the original file name under it. */
export function DocumentTitleCell({ document }: DocumentTitleCellProps) {
  return (
    <Flex gap={12} align="center" style={{ minWidth: 220, maxWidth: 420 }}>
      <FileTypeIcon fileName={document.fileName} contentType={document.contentType} size={34} />
      <div style={{ minWidth: 0 }}>
        <Link
          to={documentPath(document.id)}
          onClick={(event) => event.stopPropagation()}
          style={{ fontWeight: 500, display: 'block' }}
        >
          <Typography.Text ellipsis style={{ color: 'inherit', maxWidth: 360 }}>
            {document.title}
          </Typography.Text>
        </Link>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 360 }}>
          {document.fileName}
        </Typography.Text>
      </div>
    </Flex>
  );
}
