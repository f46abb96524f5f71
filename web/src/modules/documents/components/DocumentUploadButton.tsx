import { UploadOutlined } from '@ant-design/icons';
import type { DocumentRecord } from '@crm/contracts';
import { Button } from 'antd';
import type { ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentLinks } from '../documents.api';
import { DocumentUploadDrawer } from './DocumentUploadDrawer';

export interface DocumentUploadButtonProps {
  /** What the new document is linked to, e.g. `{ projectId }` on a project's page. */
  defaults?: DocumentLinks;
  onUploaded?: (document: DocumentRecord) => void;
  type?: ButtonProps['type'];
  size?: ButtonProps['size'];
  children?: ReactNode;
}

/**
 * "Upload document": opens the upload drawer, the links filled in. For the pages of clients,
 * projects and tasks (their documents section) as much as for the Documents list.
 */
export function DocumentUploadButton({
  defaults,
  onUploaded,
  type = 'primary',
  size,
  children,
}: DocumentUploadButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type={type} size={size} icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {children ?? t('documents.upload.button')}
      </Button>
      <DocumentUploadDrawer
        open={open}
        defaults={defaults}
        onClose={() => setOpen(false)}
        onUploaded={onUploaded}
      />
    </>
  );
}
