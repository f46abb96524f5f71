import type { ChangePasswordRequest } from '@crm/contracts';
import { changePasswordSchema } from '@crm/contracts';
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormBannerAlert } from '../../../ui/FormBannerAlert';
import type { FormBanner } from '../../../ui/useServerErrors';
import { useServerErrors } from '../../../ui/useServerErrors';
import { useZodRule } from '../../../ui/zodRule';
import { useChangePassword } from '../../auth/auth.queries';

interface PasswordValues extends ChangePasswordRequest {
  confirm: string;
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const [form] = Form.useForm<PasswordValues>();
  const applyServerErrors = useServerErrors(form, { WRONG_PASSWORD: 'currentPassword' });
  const changePassword = useChangePassword();
  const [banner, setBanner] = useState<FormBanner | null>(null);

  const handleFinish = ({ currentPassword, newPassword }: PasswordValues) => {
    setBanner(null);
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('profile.password.changed'));
        },
        onError: (error) => setBanner(applyServerErrors(error)),
      },
    );
  };

  return (
    <Form<PasswordValues>
      name="changePassword"
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      disabled={changePassword.isPending}
      style={{ maxWidth: 420 }}
    >
      <FormBannerAlert banner={banner} />
      <Form.Item
        name="currentPassword"
        label={t('profile.password.current')}
        required
        rules={[rule(changePasswordSchema.shape.currentPassword)]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('profile.password.new')}
        required
        rules={[rule(changePasswordSchema.shape.newPassword)]}
        extra={t('users.hints.password')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('profile.password.confirm')}
        required
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value !== getFieldValue('newPassword')) {
                throw new Error(t('validation.passwordMismatch'));
              }
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
        {t('profile.password.submit')}
      </Button>
    </Form>
  );
}
