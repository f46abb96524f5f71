import type { User } from '@crm/contracts';
import { genders, profileFields } from '@crm/contracts';
import { App, Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormBannerAlert } from '../../../ui/FormBannerAlert';
import { useFormat } from '../../../ui/useFormat';
import type { FormBanner } from '../../../ui/useServerErrors';
import { useServerErrors } from '../../../ui/useServerErrors';
import { useZodRule } from '../../../ui/zodRule';
import { useUpdateProfile } from '../../auth/auth.queries';

interface ProfileValues {
  firstName: string;
  lastName: string;
  phone?: string | null;
  gender?: (typeof genders)[number] | null;
  dateOfBirth?: Dayjs | null;
}

export interface ProfileFormProps {
  user: User;
}

const shape = profileFields;

export function ProfileForm({ user }: ProfileFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const format = useFormat();
  const [form] = Form.useForm<ProfileValues>();
  const applyServerErrors = useServerErrors(form);
  const update = useUpdateProfile();
  const [banner, setBanner] = useState<FormBanner | null>(null);

  const handleFinish = (values: ProfileValues) => {
    setBanner(null);
    update.mutate(
      {
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        phone: values.phone?.trim() ? values.phone.trim() : null,
        gender: values.gender ?? null,
        dateOfBirth: values.dateOfBirth ? values.dateOfBirth.format('YYYY-MM-DD') : null,
      },
      {
        onSuccess: () => void message.success(t('profile.saved')),
        onError: (error) => setBanner(applyServerErrors(error)),
      },
    );
  };

  return (
    <Form<ProfileValues>
      name="profile"
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      disabled={update.isPending}
      initialValues={{
        firstName: user.firstName,
        lastName: user.lastName,
        phone: user.phone ?? null,
        gender: user.gender ?? null,
        dateOfBirth: user.dateOfBirth ? dayjs(user.dateOfBirth) : null,
      }}
    >
      <FormBannerAlert banner={banner} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="firstName"
            label={t('users.fields.firstName')}
            required
            rules={[rule(shape.firstName)]}
          >
            <Input autoComplete="given-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="lastName"
            label={t('users.fields.lastName')}
            required
            rules={[rule(shape.lastName)]}
          >
            <Input autoComplete="family-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="phone" label={t('users.fields.phone')} rules={[rule(shape.phone)]}>
            <Input autoComplete="tel" placeholder={t('users.hints.phone')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="gender" label={t('users.fields.gender')}>
            <Select
              allowClear
              options={genders.map((gender) => ({ value: gender, label: t(`gender.${gender}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="dateOfBirth" label={t('users.fields.dateOfBirth')}>
            <DatePicker
              style={{ width: '100%' }}
              format={format.dateInputFormat}
              disabledDate={(date) => date.isAfter(dayjs()) || date.year() < 1900}
            />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('profile.save')}
      </Button>
    </Form>
  );
}
