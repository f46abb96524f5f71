import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export interface StatusResultProps {
  status: 403 | 404;
}

/** The "not allowed" and "not found" screens, inside the app frame. */
export function StatusResult({ status }: StatusResultProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const texts =
    status === 403
      ? { title: t('pages.forbidden.title'), subTitle: t('pages.forbidden.subtitle') }
      : { title: t('pages.notFound.title'), subTitle: t('pages.notFound.subtitle') };
  return (
    <Card>
      <Result
        status={status === 403 ? '403' : '404'}
        title={texts.title}
        subTitle={texts.subTitle}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('pages.backHome')}
          </Button>
        }
      />
    </Card>
  );
}
