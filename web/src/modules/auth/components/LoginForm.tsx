import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginRequest } from '@crm/contracts';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/apiError';
import { useErrorMessage } from '../../../ui/errorMessage';
import { useLogin } from '../auth.queries';

/** Seconds left until `until` (epoch ms), ticking down once a second. */
function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * The credentials form. Its rules mirror `loginRequestSchema` (both fields required, bounded)
 * by hand so the first page anyone loads does not download zod.
 */
export function LoginForm() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const login = useLogin();
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(lockedUntil);

  const handleFinish = (values: LoginRequest) => {
    login.mutate(values, {
      onError: (error) => {
        if (isApiError(error) && error.code === 'RATE_LIMITED' && error.retryAfter) {
          setLockedUntil(Date.now() + error.retryAfter * 1000);
        }
      },
    });
  };

  const error = login.error;
  const locked = secondsLeft > 0;
  const rateLimited = isApiError(error) && error.code === 'RATE_LIMITED';
  let alertText: string | null = null;
  if (error && rateLimited && lockedUntil !== null) {
    alertText = locked ? t('errors.rateLimitedRetry', { count: secondsLeft }) : null;
  } else if (error) {
    alertText = errorText(error);
  }

  return (
    <Form<LoginRequest>
      name="login"
      layout="vertical"
      size="large"
      onFinish={handleFinish}
      requiredMark={false}
      disabled={login.isPending}
    >
      {alertText && (
        <Alert
          type="error"
          showIcon
          title={alertText}
          style={{ marginBottom: 20 }}
          data-testid="login-error"
          role="alert"
        />
      )}
      <Form.Item
        name="login"
        label={t('auth.login.loginLabel')}
        rules={[{ required: true, whitespace: true, max: 254, message: t('validation.required') }]}
      >
        <Input
          prefix={<UserOutlined />}
          placeholder={t('auth.login.loginPlaceholder')}
          autoComplete="username"
          autoFocus
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.login.passwordLabel')}
        rules={[{ required: true, max: 128, message: t('validation.required') }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          placeholder={t('auth.login.passwordPlaceholder')}
          autoComplete="current-password"
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={login.isPending}
        disabled={locked}
        style={{ marginTop: 8 }}
      >
        {t('auth.login.submit')}
      </Button>
    </Form>
  );
}
