import type { Currency, Project, ProjectStatus } from '@crm/contracts';
import { createProjectSchema, currencies, moneySchema, projectStatuses } from '@crm/contracts';
import { App, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../../../ui/FormDrawer';
import { useFormat } from '../../../ui/useFormat';
import { useZodRule } from '../../../ui/zodRule';
import { normalizeAmount } from '../../tasks/taskDisplay';
import { projectPath } from '../projects.paths';
import { useCreateProject, useUpdateProject } from '../projects.queries';
import { ClientSelect } from './ClientSelect';
import { TeamSelect } from './TeamSelect';

interface ProjectFormValues {
  name: string;
  description?: string | null;
  clientId: string;
  teamId: string;
  budget: { amount?: string | null; currency: Currency };
  status: ProjectStatus;
  startDate?: Dayjs | null;
  deadline?: Dayjs | null;
}

export interface ProjectFormDrawerProps {
  open: boolean;
  /** The project to edit; absent to create one. */
  project?: Project;
  /** Preselects the team of a new project (from the team page). */
  teamId?: string;
  onClose: () => void;
}

const shape = createProjectSchema.shape;

function toFormValues(project: Project | undefined, teamId?: string): Partial<ProjectFormValues> {
  if (!project) return { status: 'planned', teamId, budget: { currency: 'USD', amount: null } };
  return {
    name: project.name,
    description: project.description,
    clientId: project.clientId,
    teamId: project.teamId,
    budget: { amount: project.budget.amount, currency: project.budget.currency },
    status: project.status,
    startDate: project.startDate ? dayjs(project.startDate) : null,
    deadline: project.deadline ? dayjs(project.deadline) : null,
  };
}

export function ProjectFormDrawer({ open, project, teamId, onClose }: ProjectFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const format = useFormat();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProjectFormValues>();
  const startDate = Form.useWatch('startDate', form);
  const createProject = useCreateProject();
  const updateProject = useUpdateProject();

  const handleSubmit = async (values: ProjectFormValues) => {
    const body = {
      name: values.name.trim(),
      description: values.description?.trim() || null,
      clientId: values.clientId,
      teamId: values.teamId,
      budget: {
        amount: normalizeAmount(values.budget.amount) ?? '0.00',
        currency: values.budget.currency,
      },
      status: values.status,
      startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
      deadline: values.deadline ? values.deadline.format('YYYY-MM-DD') : null,
    };
    if (project) {
      await updateProject.mutateAsync({ id: project.id, changes: body });
      void message.success(t('projects.saved', { name: body.name }));
    } else {
      const created = await createProject.mutateAsync(body);
      void message.success(t('projects.created', { name: created.name }));
      void navigate(projectPath(created.id));
    }
  };

  return (
    <FormDrawer<ProjectFormValues>
      name="project"
      open={open}
      form={form}
      title={project ? t('projects.editTitle', { name: project.name }) : t('projects.createTitle')}
      initialValues={toFormValues(project, teamId)}
      onSubmit={handleSubmit}
      onClose={onClose}
      submitText={project ? t('common.save') : t('projects.createSubmit')}
      width={600}
    >
      <Form.Item name="name" label={t('projects.fields.name')} required rules={[rule(shape.name)]}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="clientId"
            label={t('projects.fields.client')}
            required
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <ClientSelect initial={project?.client} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="teamId"
            label={t('projects.fields.team')}
            required
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <TeamSelect />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('projects.fields.budget')} required>
            <Row gutter={8} wrap={false}>
              <Col flex="auto">
                <Form.Item
                  name={['budget', 'amount']}
                  noStyle
                  rules={[
                    { required: true, message: t('validation.required') },
                    {
                      validator: async (_rule, value: string | null | undefined) => {
                        const amount = normalizeAmount(value);
                        if (amount && !moneySchema.shape.amount.safeParse(amount).success)
                          throw new Error(t('validation.format'));
                      },
                    },
                  ]}
                >
                  <InputNumber<string>
                    stringMode
                    min="0"
                    step="1000"
                    precision={2}
                    style={{ width: '100%' }}
                    aria-label={t('projects.fields.budget')}
                  />
                </Form.Item>
              </Col>
              <Col flex="92px">
                <Form.Item name={['budget', 'currency']} noStyle>
                  <Select
                    aria-label={t('projects.fields.currency')}
                    options={currencies.map((currency) => ({ value: currency, label: currency }))}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="status" label={t('projects.fields.status')} required>
            <Select
              options={projectStatuses.map((status) => ({
                value: status,
                label: t(`projects.status.${status}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="startDate" label={t('projects.fields.startDate')}>
            <DatePicker style={{ width: '100%' }} format={format.dateInputFormat} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="deadline"
            label={t('projects.fields.deadline')}
            dependencies={['startDate']}
            rules={[
              {
                validator: async (_rule, value: Dayjs | null | undefined) => {
                  if (value && startDate && value.isBefore(startDate, 'day'))
                    throw new Error(t('projects.deadlineBeforeStart'));
                },
              },
            ]}
          >
            <DatePicker
              style={{ width: '100%' }}
              format={format.dateInputFormat}
              disabledDate={(date) => !!startDate && date.isBefore(startDate, 'day')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="description"
        label={t('projects.fields.description')}
        rules={[rule(shape.description)]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10_000} />
      </Form.Item>
    </FormDrawer>
  );
}
