import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface UploadProgressBarProps {
  /** 0–100. */
  percent: number;
}

/** How much of the file has been sent; at 100 % the server is still storing it. */
export function UploadProgressBar({ percent }: UploadProgressBarProps) {
  const { t } = useTranslation();
  return (
    <div style={{ marginTop: -8, marginBottom: 16 }} data-testid="upload-progress">
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {percent < 100 ? t('documents.upload.sending') : t('documents.upload.processing')}
      </Typography.Text>
      <Progress
        percent={percent}
        status="active"
        aria-label={t('documents.upload.progress')}
        aria-valuenow={percent}
      />
    </div>
  );
}
