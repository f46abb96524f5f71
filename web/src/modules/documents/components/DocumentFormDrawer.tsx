import type { DocumentRecord, UpdateDocumentRequest } from '@crm/contracts';
import { updateDocumentSchema } from '@crm/contracts';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../ui/FormDrawer';
import { useZodRule } from '../../../ui/zodRule';
import { useUpdateDocument } from '../documents.queries';
import { DocumentLinkFields } from './DocumentLinkFields';

interface DocumentFormValues {
  title: string;
  description?: string | null;
  clientId?: string | null;
  projectId?: string | null;
  taskId?: string | null;
}

export interface DocumentFormDrawerProps {
  open: boolean;
  document: DocumentRecord;
  onClose: () => void;
}

const shape = updateDocumentSchema.shape;

/** Only what changed; `null` clears a link. */
export function documentChanges(
  document: DocumentRecord,
  values: DocumentFormValues,
): UpdateDocumentRequest {
  const next = {
    title: values.title.trim(),
    description: values.description?.trim() || null,
    clientId: values.clientId ?? null,
    projectId: values.projectId ?? null,
    taskId: values.taskId ?? null,
  };
  const changes: UpdateDocumentRequest = {};
  if (next.title !== document.title) changes.title = next.title;
  if (next.description !== document.description) changes.description = next.description;
  if (next.clientId !== document.clientId) changes.clientId = next.clientId;
  if (next.projectId !== document.projectId) changes.projectId = next.projectId;
  if (next.taskId !== document.taskId) changes.taskId = next.taskId;
  return changes;
}

/** The document's title, description and links (the file is replaced separately). */
export function DocumentFormDrawer({ open, document, onClose }: DocumentFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const update = useUpdateDocument();

  const handleSubmit = async (values: DocumentFormValues) => {
    const changes = documentChanges(document, values);
    if (Object.keys(changes).length > 0) {
      await update.mutateAsync({ id: document.id, changes });
    }
    void message.success(t('documents.edit.saved', { title: values.title.trim() }));
  };

  return (
    <FormDrawer<DocumentFormValues>
      name="document"
      open={open}
      title={t('documents.edit.title', { title: document.title })}
      initialValues={{
        title: document.title,
        description: document.description,
        clientId: document.clientId,
        projectId: document.projectId,
        taskId: document.taskId,
      }}
      onSubmit={handleSubmit}
      onClose={onClose}
      width={600}
    >
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
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10_000} />
      </Form.Item>
      <DocumentLinkFields
        labels={{
          client: document.client?.name,
          project: document.project?.name,
          task: document.task?.title,
        }}
      />
    </FormDrawer>
  );
}
