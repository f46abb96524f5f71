import { Col, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ClientPicker, ProjectPicker, TaskPicker } from './LinkPickers';

export interface LinkLabels {
  client?: string | null;
  project?: string | null;
  task?: string | null;
}

export interface DocumentLinkFieldsProps {
  /** Names of what the record is linked to already, so the pickers need not look them up. */
  labels?: LinkLabels;
}

/**
 * The client, project and task a document belongs to. They narrow each other: projects of the
 * chosen client, tasks of the chosen project; picking a task or project fills in its parents,
 * so what is sent always agrees (the server would refuse a task of another project).
 */
export function DocumentLinkFields({ labels = {} }: DocumentLinkFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const clientId = Form.useWatch<string | null | undefined>('clientId', form) ?? undefined;
  const projectId = Form.useWatch<string | null | undefined>('projectId', form) ?? undefined;

  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item name="clientId" label={t('documents.fields.client')}>
          <ClientPicker
            selectedLabel={labels.client}
            onChange={(value) => {
              form.setFieldValue('clientId', value ?? null);
              // Another client's project and task no longer fit.
              if (value !== clientId) form.setFieldsValue({ projectId: null, taskId: null });
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="projectId" label={t('documents.fields.project')}>
          <ProjectPicker
            clientId={clientId}
            selectedLabel={labels.project}
            onChange={(value, option) => {
              form.setFieldValue('projectId', value ?? null);
              if (option?.record) form.setFieldValue('clientId', option.record.clientId);
              if (value !== projectId) form.setFieldValue('taskId', null);
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="taskId" label={t('documents.fields.task')}>
          <TaskPicker
            projectId={projectId}
            clientId={clientId}
            selectedLabel={labels.task}
            onChange={(value, option) => {
              form.setFieldValue('taskId', value ?? null);
              if (option?.record) form.setFieldValue('projectId', option.record.projectId);
            }}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
