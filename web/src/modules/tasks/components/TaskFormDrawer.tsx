import type { Task } from '@crm/contracts';
import { createTaskSchema, moneySchema } from '@crm/contracts';
import { App, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../../../ui/FormDrawer';
import { useFormat } from '../../../ui/useFormat';
import { useZodRule } from '../../../ui/zodRule';
import { ProjectSelect } from '../../projects/components/ProjectSelect';
import { useProject } from '../../projects/projects.queries';
import { collapseListErrors, normalizeAmount } from '../taskDisplay';
import { taskPath } from '../tasks.paths';
import { useCreateTask, useUpdateTask } from '../tasks.queries';
import { AssigneeSelect } from './AssigneeSelect';

interface TaskFormValues {
  projectId: string;
  title: string;
  description?: string | null;
  deadline?: Dayjs | null;
  budget?: { amount?: string | null };
  assigneeIds: string[];
}

export interface TaskFormDrawerProps {
  open: boolean;
  /** The task to edit; absent to create one. */
  task?: Task;
  /** Preselects the project of a new task (from the project page). */
  projectId?: string;
  onClose: () => void;
}

const shape = createTaskSchema.shape;

function toFormValues(task: Task | undefined, projectId: string | undefined) {
  if (!task) return { projectId, assigneeIds: [] };
  return {
    projectId: task.projectId,
    title: task.title,
    description: task.description,
    deadline: task.deadline ? dayjs(task.deadline) : null,
    budget: { amount: task.budget?.amount ?? null },
    assigneeIds: task.assigneeIds,
  };
}

export function TaskFormDrawer({ open, task, projectId, onClose }: TaskFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const format = useFormat();
  const navigate = useNavigate();
  const [form] = Form.useForm<TaskFormValues>();
  const chosenProjectId = Form.useWatch('projectId', form) ?? task?.projectId ?? projectId;
  const project = useProject(chosenProjectId);
  const currency = project.data?.budget.currency;
  const createTask = useCreateTask();
  const updateTask = useUpdateTask();

  const handleSubmit = async (values: TaskFormValues) => {
    const amount = normalizeAmount(values.budget?.amount);
    const fields = {
      title: values.title.trim(),
      description: values.description?.trim() || null,
      deadline: values.deadline ? values.deadline.toISOString() : null,
      budget: amount && currency ? { amount, currency } : null,
      assigneeIds: values.assigneeIds,
    };
    const assigneeName = (index: number) => {
      const id = values.assigneeIds[index];
      return task?.assignees.find((a) => a.userId === id)?.firstName;
    };
    try {
      if (task) {
        await updateTask.mutateAsync({ id: task.id, changes: fields });
        void message.success(t('tasks.saved'));
      } else {
        const created = await createTask.mutateAsync({ ...fields, projectId: values.projectId });
        void message.success(t('tasks.created', { name: created.title }));
        void navigate(taskPath(created.id));
      }
    } catch (error) {
      throw collapseListErrors(error, 'assigneeIds', assigneeName);
    }
  };

  return (
    <FormDrawer<TaskFormValues>
      name="task"
      open={open}
      form={form}
      title={task ? t('tasks.editTitle') : t('tasks.createTitle')}
      initialValues={toFormValues(task, projectId)}
      onSubmit={handleSubmit}
      onClose={onClose}
      submitText={task ? t('common.save') : t('tasks.createSubmit')}
      width={600}
    >
      <Form.Item
        name="projectId"
        label={t('tasks.fields.project')}
        required
        rules={[{ required: true, message: t('validation.required') }]}
        extra={task ? t('tasks.hints.projectFixed') : undefined}
      >
        <ProjectSelect disabled={!!task} onChange={() => form.setFieldValue('assigneeIds', [])} />
      </Form.Item>
      <Form.Item name="title" label={t('tasks.fields.title')} required rules={[rule(shape.title)]}>
        <Input maxLength={300} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('tasks.fields.description')}
        rules={[rule(shape.description)]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20_000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="deadline" label={t('tasks.fields.deadline')}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              needConfirm={false}
              format={`${format.dateInputFormat} HH:mm`}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name={['budget', 'amount']}
            label={t('tasks.fields.budget')}
            rules={[
              {
                validator: async (_rule, value: string | null | undefined) => {
                  const amount = normalizeAmount(value);
                  if (amount && !moneySchema.shape.amount.safeParse(amount).success)
                    throw new Error(t('validation.format'));
                },
              },
            ]}
            extra={currency ? t('tasks.hints.budget', { currency }) : undefined}
          >
            <InputNumber<string>
              stringMode
              min="0"
              step="100"
              precision={2}
              style={{ width: '100%' }}
              suffix={currency}
              disabled={!currency}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="assigneeIds"
        label={t('tasks.fields.assignees')}
        extra={t('tasks.hints.assigneesRule')}
      >
        <AssigneeSelect teamId={project.data?.teamId} current={task?.assignees} />
      </Form.Item>
    </FormDrawer>
  );
}
