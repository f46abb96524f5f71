import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import type { User } from '@crm/contracts';
import { App, Button, Card, Flex, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConfirmAction } from '../../../ui/confirm';
import { useErrorMessage } from '../../../ui/errorMessage';
import { UserAvatar } from '../../../ui/UserAvatar';
import { useDeletePhoto, useUploadPhoto } from '../users.queries';

const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

export interface UserPhotoCardProps {
  user: User;
}

export function UserPhotoCard({ user }: UserPhotoCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const confirm = useConfirmAction();
  const upload = useUploadPhoto();
  const remove = useDeletePhoto();

  // Checked here for a quick answer; the server checks the same limits.
  const handleBeforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!PHOTO_TYPES.includes(file.type)) {
      void message.error(t('users.photo.wrongType'));
    } else if (file.size > PHOTO_MAX_BYTES) {
      void message.error(t('users.photo.tooLarge'));
    } else {
      upload.mutate(
        { id: user.id, file },
        {
          onSuccess: () => void message.success(t('users.photo.uploaded')),
          onError: (error) => void message.error(errorText(error)),
        },
      );
    }
    return Upload.LIST_IGNORE;
  };

  const handleRemove = () =>
    confirm({
      title: t('users.photo.removeTitle'),
      okText: t('users.photo.remove'),
      danger: true,
      onConfirm: () => remove.mutateAsync(user.id),
      successMessage: t('users.photo.removed'),
    });

  return (
    <Card title={t('users.photo.title')}>
      <Flex vertical align="center" gap={16}>
        <UserAvatar user={user} size={112} />
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
          {t('users.photo.hint')}
        </Typography.Text>
        <Flex gap={8}>
          <Upload
            accept={PHOTO_TYPES.join(',')}
            showUploadList={false}
            beforeUpload={handleBeforeUpload}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {user.photoUrl ? t('users.photo.replace') : t('users.photo.upload')}
            </Button>
          </Upload>
          {user.photoUrl && (
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={handleRemove}
              loading={remove.isPending}
            >
              {t('users.photo.remove')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
