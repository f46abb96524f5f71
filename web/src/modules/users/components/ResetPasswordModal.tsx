import type { User } from '@crm/contracts';
import { resetPasswordSchema } from '@crm/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormBannerAlert } from '../../../ui/FormBannerAlert';
import type { FormBanner } from '../../../ui/useServerErrors';
import { useServerErrors } from '../../../ui/useServerErrors';
import { useZodRule } from '../../../ui/zodRule';
import { useResetPassword } from '../users.queries';
import { fullName } from './UserNameCell';

interface ResetPasswordValues {
  password: string;
  confirm: string;
}

export interface ResetPasswordModalProps {
  /** Whose password to set; `null` keeps the dialog closed. */
  user: User | null;
  onClose: () => void;
}

/** An admin sets a new password for someone who lost theirs. */
export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const [form] = Form.useForm<ResetPasswordValues>();
  const applyServerErrors = useServerErrors(form);
  const resetPassword = useResetPassword();
  const [banner, setBanner] = useState<FormBanner | null>(null);

  const handleFinish = (values: ResetPasswordValues) => {
    if (!user) return;
    setBanner(null);
    resetPassword.mutate(
      { id: user.id, password: values.password },
      {
        onSuccess: () => {
          void message.success(t('users.resetPassword.done', { name: fullName(user) }));
          onClose();
        },
        onError: (error) => setBanner(applyServerErrors(error)),
      },
    );
  };

  const handleAfterClose = () => {
    form.resetFields();
    setBanner(null);
    resetPassword.reset();
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.resetPassword.title')}
      okText={t('users.resetPassword.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={handleAfterClose}
      confirmLoading={resetPassword.isPending}
      forceRender
    >
      {user && (
        <Typography.Paragraph type="secondary">
          {t('users.resetPassword.intro', { name: fullName(user) })}
        </Typography.Paragraph>
      )}
      <FormBannerAlert banner={banner} />
      <Form<ResetPasswordValues>
        name="resetPassword"
        form={form}
        layout="vertical"
        onFinish={handleFinish}
      >
        <Form.Item
          name="password"
          label={t('users.resetPassword.password')}
          rules={[rule(resetPasswordSchema.shape.password)]}
          extra={t('users.hints.password')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('users.resetPassword.confirm')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('validation.required') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value && value !== getFieldValue('password')) {
                  throw new Error(t('validation.passwordMismatch'));
                }
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
