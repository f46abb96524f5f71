import { Alert } from 'antd';
import type { FormBanner } from './useServerErrors';

export interface FormBannerAlertProps {
  banner: FormBanner | null;
}

/** The part of a failed save that belongs to no single field. */
export function FormBannerAlert({ banner }: FormBannerAlertProps) {
  if (!banner) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={banner.text}
      description={
        banner.details.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {banner.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
