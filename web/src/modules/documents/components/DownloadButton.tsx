import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import type { ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/errorMessage';
import type { Downloadable } from '../download';
import { downloadDocument } from '../download';

export interface DownloadButtonProps {
  document: Downloadable;
  /** An icon-only button (table rows). */
  compact?: boolean;
  type?: ButtonProps['type'];
  size?: ButtonProps['size'];
  block?: boolean;
}

/** Downloads the document's file under its original name; failures are told in a toast. */
export function DownloadButton({ document, compact, type, size, block }: DownloadButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const label = t('documents.actions.downloadFile', { name: document.fileName });

  const handleClick = async (event: MouseEvent) => {
    event.stopPropagation();
    setBusy(true);
    try {
      await downloadDocument(document);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <Button
      type={type ?? (compact ? 'text' : 'default')}
      size={size}
      block={block}
      icon={<DownloadOutlined />}
      loading={busy}
      aria-label={label}
      onClick={(event) => void handleClick(event)}
    >
      {compact ? undefined : t('documents.actions.download')}
    </Button>
  );
  return compact ? <Tooltip title={label}>{button}</Tooltip> : button;
}
