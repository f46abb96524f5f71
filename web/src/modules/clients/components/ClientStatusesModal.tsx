import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ClientStatus } from '@crm/contracts';
import { STATUS_KEY_PATTERN, createClientStatusSchema } from '@crm/contracts';
import { App, Button, Flex, Form, Input, Modal, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormBannerAlert } from '../../../ui/FormBannerAlert';
import { useConfirmAction } from '../../../ui/confirm';
import { useErrorMessage } from '../../../ui/errorMessage';
import type { FormBanner } from '../../../ui/useServerErrors';
import { useServerErrors } from '../../../ui/useServerErrors';
import { useZodRule } from '../../../ui/zodRule';
import {
  useClientStatuses,
  useCreateClientStatus,
  useDeleteClientStatus,
  useUpdateClientStatus,
} from '../clients.queries';
import { suggestStatusKey } from '../clientStatus';
import { ClientStatusTag } from './ClientStatusTag';

export interface ClientStatusesModalProps {
  open: boolean;
  onClose: () => void;
}

interface NewStatusValues {
  key: string;
  label: string;
}

/** Admins add, rename and remove the client statuses beyond the four built-in ones. */
export function ClientStatusesModal({ open, onClose }: ClientStatusesModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const errorText = useErrorMessage();
  const confirm = useConfirmAction();
  const statuses = useClientStatuses();
  const create = useCreateClientStatus();
  const update = useUpdateClientStatus();
  const remove = useDeleteClientStatus();
  const [form] = Form.useForm<NewStatusValues>();
  const applyServerErrors = useServerErrors(form, { STATUS_TAKEN: 'key' });
  const [banner, setBanner] = useState<FormBanner | null>(null);
  const [keyTouched, setKeyTouched] = useState(false);

  const handleAdd = async (values: NewStatusValues) => {
    setBanner(null);
    try {
      const status = await create.mutateAsync({
        key: values.key.trim(),
        label: values.label.trim(),
      });
      void message.success(t('clients.statusAdmin.added', { name: status.label }));
      form.resetFields();
      setKeyTouched(false);
    } catch (error) {
      setBanner(applyServerErrors(error));
    }
  };

  const handleRename = (status: ClientStatus, label: string) => {
    const next = label.trim();
    if (!next || next === status.label) return;
    update.mutate(
      { key: status.key, changes: { label: next } },
      { onError: (error) => void message.error(errorText(error)) },
    );
  };

  const handleDelete = (status: ClientStatus) =>
    confirm({
      title: t('clients.statusAdmin.deleteTitle', { name: status.label }),
      content: t('clients.statusAdmin.deleteContent'),
      okText: t('common.delete'),
      danger: true,
      onConfirm: () => remove.mutateAsync(status.key),
      successMessage: t('confirm.deleted', { name: status.label }),
    });

  const columns: ColumnsType<ClientStatus> = [
    {
      key: 'tag',
      title: t('clients.statusAdmin.shown'),
      render: (_value, status) => <ClientStatusTag status={status.key} />,
    },
    {
      key: 'key',
      title: t('clients.statusAdmin.key'),
      render: (_value, status) => <Typography.Text code>{status.key}</Typography.Text>,
    },
    {
      key: 'label',
      title: t('clients.statusAdmin.label'),
      render: (_value, status) =>
        status.isBuiltIn ? (
          <Tooltip title={t('clients.statusAdmin.builtInHint')}>
            <Tag>{t('clients.statusAdmin.builtIn')}</Tag>
          </Tooltip>
        ) : (
          <Typography.Text
            editable={{
              onChange: (label) => handleRename(status, label),
              tooltip: t('clients.statusAdmin.rename'),
              maxLength: 60,
            }}
          >
            {status.label}
          </Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: <span className="sr-only">{t('common.actions')}</span>,
      align: 'right',
      render: (_value, status) =>
        status.isBuiltIn ? null : (
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('clients.statusAdmin.deleteAria', { name: status.label })}
            onClick={() => handleDelete(status)}
          />
        ),
    },
  ];

  return (
    <Modal
      open={open}
      title={t('clients.statusAdmin.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('clients.statusAdmin.close')}</Button>}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('clients.statusAdmin.intro')}</Typography.Paragraph>
      <Table<ClientStatus>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={statuses.data}
        loading={statuses.isPending}
        pagination={false}
        style={{ marginBottom: 20 }}
      />
      <Typography.Title level={5}>{t('clients.statusAdmin.addTitle')}</Typography.Title>
      <FormBannerAlert banner={banner} />
      <Form<NewStatusValues>
        name="clientStatus"
        form={form}
        layout="vertical"
        onFinish={(values) => void handleAdd(values)}
        onValuesChange={(changed: Partial<NewStatusValues>) => {
          if (changed.key !== undefined) setKeyTouched(true);
          if (changed.label !== undefined && !keyTouched) {
            form.setFieldValue('key', suggestStatusKey(changed.label));
          }
        }}
        requiredMark="optional"
      >
        <Flex gap={12} align="flex-start" wrap>
          <Form.Item
            name="label"
            label={t('clients.statusAdmin.label')}
            required
            rules={[rule(createClientStatusSchema.shape.label)]}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={60} placeholder={t('clients.statusAdmin.labelPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="key"
            label={t('clients.statusAdmin.key')}
            required
            rules={[
              { required: true, message: t('validation.required') },
              {
                pattern: STATUS_KEY_PATTERN,
                message: t('clients.statusAdmin.keyFormat'),
              },
            ]}
            extra={t('clients.statusAdmin.keyHint')}
            style={{ flex: '1 1 180px' }}
          >
            <Input maxLength={40} placeholder="waitingForBudget" />
          </Form.Item>
          <Form.Item label=" " required style={{ flex: '0 0 auto' }}>
            <Button
              type="primary"
              htmlType="submit"
              icon={<PlusOutlined />}
              loading={create.isPending}
            >
              {t('clients.statusAdmin.add')}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
