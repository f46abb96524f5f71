import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormBannerAlert } from '../../../ui/FormBannerAlert';
import type { FormBanner } from '../../../ui/useServerErrors';
import { useServerErrors } from '../../../ui/useServerErrors';
import type { CommunicationFormValues } from '../communicationForm';
import { newCommunicationValues, toCommunicationRequest } from '../communicationForm';
import { useCreateCommunication } from '../communications.queries';
import { CommunicationFields } from './CommunicationFields';

export interface LogCommunicationCardProps {
  contactId: string;
}

/** Logs a call, a meeting, a letter… with a contact person, right on their page. */
export function LogCommunicationCard({ contactId }: LogCommunicationCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CommunicationFormValues>();
  const applyServerErrors = useServerErrors(form);
  const [banner, setBanner] = useState<FormBanner | null>(null);
  const create = useCreateCommunication();

  const handleFinish = async (values: CommunicationFormValues) => {
    setBanner(null);
    try {
      await create.mutateAsync({ contactId, ...toCommunicationRequest(values) });
      void message.success(t('communications.log.done'));
      form.resetFields();
      // "Now" moves on: the next entry starts at the current time again.
      form.setFieldsValue(newCommunicationValues());
    } catch (error) {
      setBanner(applyServerErrors(error));
    }
  };

  return (
    <Card title={t('communications.log.title')} id="log-communication">
      <FormBannerAlert banner={banner} />
      <Form<CommunicationFormValues>
        name="logCommunication"
        form={form}
        layout="vertical"
        initialValues={newCommunicationValues()}
        onFinish={(values) => void handleFinish(values)}
        requiredMark="optional"
        disabled={create.isPending}
      >
        <CommunicationFields />
        <Flex justify="flex-end">
          <Button
            type="primary"
            htmlType="submit"
            icon={<PlusOutlined />}
            loading={create.isPending}
          >
            {t('communications.log.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
