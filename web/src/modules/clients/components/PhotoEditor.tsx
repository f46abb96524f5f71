import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmAction } from '../../../ui/confirm';
import { useErrorMessage } from '../../../ui/errorMessage';

const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

export interface PhotoEditorProps {
  /** The current picture (an avatar). */
  avatar: ReactNode;
  hasPhoto: boolean;
  onUpload: (file: Blob) => Promise<unknown>;
  onRemove: () => Promise<unknown>;
  uploading: boolean;
  removing: boolean;
}

/** A photo or logo with upload / replace / remove, shared by clients and contact persons. */
export function PhotoEditor({
  avatar,
  hasPhoto,
  onUpload,
  onRemove,
  uploading,
  removing,
}: PhotoEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const confirm = useConfirmAction();

  // Checked here for a quick answer; the server checks the same limits.
  const handleBeforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!PHOTO_TYPES.includes(file.type)) {
      void message.error(t('clients.photo.wrongType'));
    } else if (file.size > PHOTO_MAX_BYTES) {
      void message.error(t('clients.photo.tooLarge'));
    } else {
      onUpload(file).then(
        () => void message.success(t('clients.photo.uploaded')),
        (error: unknown) => void message.error(errorText(error)),
      );
    }
    return Upload.LIST_IGNORE;
  };

  const handleRemove = () =>
    confirm({
      title: t('clients.photo.removeTitle'),
      okText: t('clients.photo.remove'),
      danger: true,
      onConfirm: onRemove,
      successMessage: t('clients.photo.removed'),
    });

  return (
    <Flex vertical align="center" gap={12}>
      {avatar}
      <Flex gap={8} wrap justify="center">
        <Upload
          accept={PHOTO_TYPES.join(',')}
          showUploadList={false}
          beforeUpload={handleBeforeUpload}
        >
          <Button size="small" icon={<UploadOutlined />} loading={uploading}>
            {hasPhoto ? t('clients.photo.replace') : t('clients.photo.upload')}
          </Button>
        </Upload>
        {hasPhoto && (
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            onClick={handleRemove}
            loading={removing}
          >
            {t('clients.photo.remove')}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('clients.photo.hint')}
      </Typography.Text>
    </Flex>
  );
}
