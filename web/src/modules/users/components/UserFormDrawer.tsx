import type { CreateUserRequest, Role, UpdateUserRequest, User } from '@crm/contracts';
import { createUserSchema, genders, roles } from '@crm/contracts';
import { App, Col, DatePicker, Divider, Form, Input, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../ui/FormDrawer';
import { useFormat } from '../../../ui/useFormat';
import { useZodRule } from '../../../ui/zodRule';
import { useCurrentUser } from '../../auth/useSession';
import { useCreateUser, useUpdateUser } from '../users.queries';
import { fullName } from './UserNameCell';

interface UserFormValues {
  username: string;
  email: string;
  role: Role;
  password?: string;
  isActive: boolean;
  firstName: string;
  lastName: string;
  phone?: string | null;
  gender?: (typeof genders)[number] | null;
  dateOfBirth?: Dayjs | null;
}

export interface UserFormDrawerProps {
  open: boolean;
  /** The user to edit; absent to create one. */
  user?: User;
  onClose: () => void;
}

const shape = createUserSchema.shape;

function toFormValues(user: User | undefined): Partial<UserFormValues> {
  if (!user) return { role: 'developer', isActive: true };
  return {
    username: user.username,
    email: user.email,
    role: user.role,
    isActive: user.isActive,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone ?? null,
    gender: user.gender ?? null,
    dateOfBirth: user.dateOfBirth ? dayjs(user.dateOfBirth) : null,
  };
}

function toRequest(values: UserFormValues) {
  return {
    username: values.username.trim(),
    email: values.email.trim(),
    role: values.role,
    isActive: values.isActive,
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    phone: values.phone?.trim() ? values.phone.trim() : null,
    gender: values.gender ?? null,
    dateOfBirth: values.dateOfBirth ? values.dateOfBirth.format('YYYY-MM-DD') : null,
  };
}

/** Only what changed, so an unchanged role is never sent (changing one's own role is a 403). */
function changedFields(user: User, request: ReturnType<typeof toRequest>): UpdateUserRequest {
  const before = toRequest(toFormValues(user) as UserFormValues);
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (before[key as keyof typeof before] !== value) changes[key] = value;
  }
  return changes;
}

export function UserFormDrawer({ open, user, onClose }: UserFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const format = useFormat();
  const me = useCurrentUser();
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const isSelf = user?.id === me.id;

  const handleSubmit = async (values: UserFormValues) => {
    const request = toRequest(values);
    if (user) {
      const changes = changedFields(user, request);
      if (Object.keys(changes).length > 0) await updateUser.mutateAsync({ id: user.id, changes });
      void message.success(t('users.saved', { name: fullName({ ...user, ...request }) }));
    } else {
      const body: CreateUserRequest = { ...request, password: values.password ?? '' };
      const created = await createUser.mutateAsync(body);
      void message.success(t('users.created', { name: fullName(created) }));
    }
  };

  return (
    <FormDrawer<UserFormValues>
      name="user"
      open={open}
      title={user ? t('users.editTitle', { name: fullName(user) }) : t('users.createTitle')}
      initialValues={toFormValues(user)}
      onSubmit={handleSubmit}
      onClose={onClose}
      submitText={user ? t('common.save') : t('users.createSubmit')}
      codeFields={{
        USERNAME_TAKEN: 'username',
        EMAIL_TAKEN: 'email',
        ROLE_CHANGE_FORBIDDEN: 'role',
        CANNOT_DEACTIVATE_SELF: 'isActive',
      }}
      width={560}
    >
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
        {t('users.sections.account')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="username"
            label={t('users.fields.username')}
            required
            rules={[rule(shape.username)]}
            extra={user ? undefined : t('users.hints.username')}
          >
            <Input autoComplete="off" maxLength={32} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="email"
            label={t('users.fields.email')}
            required
            rules={[rule(shape.email)]}
          >
            <Input type="email" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="role"
            label={t('users.fields.role')}
            required
            extra={isSelf ? t('users.hints.ownRole') : undefined}
          >
            <Select
              disabled={isSelf}
              options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="isActive" label={t('users.fields.isActive')} valuePropName="checked">
            <Switch disabled={isSelf} />
          </Form.Item>
        </Col>
        {!user && (
          <Col span={24}>
            <Form.Item
              name="password"
              label={t('users.fields.password')}
              required
              rules={[rule(shape.password)]}
              extra={t('users.hints.password')}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Divider titlePlacement="start" plain>
        {t('users.sections.personal')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="firstName"
            label={t('users.fields.firstName')}
            required
            rules={[rule(shape.firstName)]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="lastName"
            label={t('users.fields.lastName')}
            required
            rules={[rule(shape.lastName)]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label={t('users.fields.phone')} rules={[rule(shape.phone)]}>
            <Input autoComplete="off" placeholder={t('users.hints.phone')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="gender" label={t('users.fields.gender')}>
            <Select
              allowClear
              options={genders.map((gender) => ({ value: gender, label: t(`gender.${gender}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="dateOfBirth" label={t('users.fields.dateOfBirth')}>
            <DatePicker
              style={{ width: '100%' }}
              format={format.dateInputFormat}
              disabledDate={(date) => date.isAfter(dayjs()) || date.year() < 1900}
            />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
