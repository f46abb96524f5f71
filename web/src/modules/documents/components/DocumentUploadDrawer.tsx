import { InboxOutlined } from '@ant-design/icons';
import type { DocumentRecord } from '@crm/contracts';
import { documentFieldsSchema } from '@crm/contracts';
import { App, Flex, Form, Input, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../ui/FormDrawer';
import { useFormat } from '../../../ui/useFormat';
import { useZodRule } from '../../../ui/zodRule';
import type { DocumentLinks } from '../documents.api';
import { useUploadDocument } from '../documents.queries';
import { useFileSize } from '../useFileSize';
import { DocumentLinkFields } from './DocumentLinkFields';
import { FileTypeIcon } from './FileTypeIcon';
import { UploadProgressBar } from './UploadProgressBar';

interface UploadFormValues {
  title: string;
  description?: string | null;
  clientId?: string | null;
  projectId?: string | null;
  taskId?: string | null;
  file?: UploadFile[];
}

export interface DocumentUploadDrawerProps {
  open: boolean;
  onClose: () => void;
  /** What the new document is linked to before the user changes anything. */
  defaults?: DocumentLinks;
  onUploaded?: (document: DocumentRecord) => void;
}

const shape = documentFieldsSchema.shape;

/** "Contract v2.final.pdf" → "Contract v2.final": a title to start from. */
export function titleFromFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).replace(/[_]+/g, ' ').trim().slice(0, 300);
}

/** Title, description, links and the file, sent with a progress bar. */
export function DocumentUploadDrawer({
  open,
  onClose,
  defaults = {},
  onUploaded,
}: DocumentUploadDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const upload = useUploadDocument();
  const [percent, setPercent] = useState<number | null>(null);

  const handleSubmit = async (values: UploadFormValues) => {
    const file = values.file?.[0]?.originFileObj;
    if (!file) return;
    setPercent(0);
    try {
      const document = await upload.mutateAsync({
        document: {
          title: values.title.trim(),
          description: values.description?.trim() || null,
          clientId: values.clientId ?? null,
          projectId: values.projectId ?? null,
          taskId: values.taskId ?? null,
          file,
        },
        callbacks: { onProgress: (progress) => setPercent(progress.percent) },
      });
      void message.success(t('documents.upload.done', { title: document.title }));
      onUploaded?.(document);
    } finally {
      setPercent(null);
    }
  };

  return (
    <FormDrawer<UploadFormValues>
      name="document-upload"
      open={open}
      title={t('documents.upload.title')}
      initialValues={{
        clientId: defaults.clientId ?? null,
        projectId: defaults.projectId ?? null,
        taskId: defaults.taskId ?? null,
      }}
      onSubmit={handleSubmit}
      onClose={onClose}
      submitText={t('documents.upload.submit')}
      codeFields={{ PAYLOAD_TOO_LARGE: 'file', UNSUPPORTED_MEDIA_TYPE: 'file' }}
      width={600}
    >
      <FileField percent={percent} />
      <Form.Item
        name="title"
        label={t('documents.fields.title')}
        required
        rules={[rule(shape.title)]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('documents.fields.description')}
        rules={[rule(shape.description)]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={10_000} />
      </Form.Item>
      <DocumentLinkFields />
    </FormDrawer>
  );
}

/** The drop zone (one file) and, while sending, the progress bar. */
function FileField({ percent }: { percent: number | null }) {
  const { t } = useTranslation();
  const fileSize = useFileSize();
  const format = useFormat();
  const form = Form.useFormInstance<UploadFormValues>();
  const files = Form.useWatch('file', form);
  const chosen = files?.[0]?.originFileObj;

  const handleFiles = (event: { fileList: UploadFile[] }) => {
    // One file: a new pick replaces the previous one.
    const list = event.fileList.slice(-1);
    const picked = list[0];
    if (picked && !form.getFieldValue('title')) {
      form.setFieldValue('title', titleFromFileName(picked.name));
    }
    return list;
  };

  return (
    <>
      <Form.Item
        name="file"
        label={t('documents.fields.file')}
        valuePropName="fileList"
        getValueFromEvent={handleFiles}
        rules={[{ required: true, message: t('documents.upload.fileRequired') }]}
        extra={t('documents.upload.hint')}
      >
        <Upload.Dragger
          multiple={false}
          maxCount={1}
          beforeUpload={() => false}
          showUploadList={false}
        >
          {chosen ? (
            <Flex vertical gap={8} style={{ padding: '4px 16px' }}>
              <Flex align="center" gap={12} style={{ textAlign: 'start' }}>
                <FileTypeIcon fileName={chosen.name} contentType={chosen.type} size={40} />
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong ellipsis style={{ display: 'block' }}>
                    {chosen.name}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {fileSize(chosen.size)} ·{' '}
                    {format.dateTime(new Date(chosen.lastModified).toISOString())}
                  </Typography.Text>
                </div>
              </Flex>
              <Typography.Text type="secondary">{t('documents.upload.change')}</Typography.Text>
            </Flex>
          ) : (
            <>
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('documents.upload.pick')}</p>
              <p className="ant-upload-hint">{t('documents.upload.pickHint')}</p>
            </>
          )}
        </Upload.Dragger>
      </Form.Item>
      {percent !== null && <UploadProgressBar percent={percent} />}
    </>
  );
}
