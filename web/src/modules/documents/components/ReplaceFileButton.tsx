import { SwapOutlined } from '@ant-design/icons';
import type { DocumentRecord } from '@crm/contracts';
import { App, Button, Flex, Modal, Typography, Upload } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/errorMessage';
import { useReplaceFile } from '../documents.queries';
import { useFileSize } from '../useFileSize';
import { FileTypeIcon } from './FileTypeIcon';
import { UploadProgressBar } from './UploadProgressBar';

export interface ReplaceFileButtonProps {
  document: DocumentRecord;
  type?: ButtonProps['type'];
  block?: boolean;
}

/** Picks a new file for the document (the record, its links and history stay) and sends it. */
export function ReplaceFileButton({ document, type, block }: ReplaceFileButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const fileSize = useFileSize();
  const replace = useReplaceFile();
  const [sending, setSending] = useState<{ file: File; percent: number } | null>(null);

  const handleFile = async (file: File) => {
    setSending({ file, percent: 0 });
    try {
      await replace.mutateAsync({
        id: document.id,
        file,
        callbacks: {
          onProgress: (progress) =>
            setSending((current) => current && { ...current, percent: progress.percent }),
        },
      });
      void message.success(t('documents.replace.done', { name: file.name }));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setSending(null);
    }
  };

  return (
    <>
      <Upload
        showUploadList={false}
        multiple={false}
        beforeUpload={(file) => {
          void handleFile(file);
          return false;
        }}
      >
        <Button type={type} block={block} icon={<SwapOutlined />} loading={!!sending}>
          {t('documents.replace.button')}
        </Button>
      </Upload>
      <Modal
        open={!!sending}
        title={t('documents.replace.title')}
        footer={null}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
        destroyOnHidden
      >
        {sending && (
          <Flex vertical gap={16} style={{ paddingTop: 8 }}>
            <Flex gap={12} align="center">
              <FileTypeIcon
                fileName={sending.file.name}
                contentType={sending.file.type}
                size={40}
              />
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong ellipsis style={{ display: 'block' }}>
                  {sending.file.name}
                </Typography.Text>
                <Typography.Text type="secondary">{fileSize(sending.file.size)}</Typography.Text>
              </div>
            </Flex>
            <div style={{ paddingTop: 8 }}>
              <UploadProgressBar percent={sending.percent} />
            </div>
          </Flex>
        )}
      </Modal>
    </>
  );
}
