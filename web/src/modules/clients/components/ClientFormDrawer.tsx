import { BankOutlined, UserOutlined } from '@ant-design/icons';
import type { Client, CreateClientRequest } from '@crm/contracts';
import { clientSources, createClientSchema } from '@crm/contracts';
import { App, Col, Divider, Flex, Form, Input, Radio, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../ui/FormDrawer';
import { useZodRule } from '../../../ui/zodRule';
import { useCurrentUser } from '../../auth/useSession';
import { fullName } from '../../users/components/UserNameCell';
import { useCreateClient, useManagers, useUpdateClient } from '../clients.queries';
import type { ContactDetailRow } from '../contactDetails';
import { remapDetailErrors, toContactDetailRows, toContactDetailsRequest } from '../contactDetails';
import { ContactDetailsEditor } from './ContactDetailsEditor';
import { useStatusOptions } from './useStatusLabel';

type ClientType = Client['type'];
type ClientSource = Client['source'];

interface ClientFormValues {
  name: string;
  type: ClientType;
  status: string;
  source: ClientSource;
  managerId?: string | null;
  isVip: boolean;
  marketingConsent: boolean;
  notes?: string | null;
  contactDetails?: ContactDetailRow[];
}

export interface ClientFormDrawerProps {
  open: boolean;
  /** The client to edit; absent to create one. */
  client?: Client;
  onClose: () => void;
  /** Called with the new client after it was created. */
  onCreated?: (client: Client) => void;
}

const shape = createClientSchema.shape;

function toFormValues(client: Client | undefined, defaultManagerId: string | null) {
  if (!client) {
    return {
      type: 'company',
      status: 'lead',
      isVip: false,
      marketingConsent: false,
      managerId: defaultManagerId,
      contactDetails: [
        { kind: 'phone', value: '', network: null, label: null },
        { kind: 'email', value: '', network: null, label: null },
      ],
    } satisfies Partial<ClientFormValues>;
  }
  return {
    name: client.name,
    type: client.type,
    status: client.status,
    source: client.source,
    managerId: client.managerId,
    isVip: client.isVip,
    marketingConsent: client.marketingConsent,
    notes: client.notes,
    contactDetails: toContactDetailRows(client.contactDetails),
  } satisfies Partial<ClientFormValues>;
}

function toRequest(values: ClientFormValues): {
  request: CreateClientRequest;
  formIndexes: number[];
} {
  const { details, formIndexes } = toContactDetailsRequest(values.contactDetails);
  const request: CreateClientRequest = {
    name: values.name.trim(),
    type: values.type,
    status: values.status,
    source: values.source,
    managerId: values.managerId ?? null,
    isVip: values.isVip,
    marketingConsent: values.marketingConsent,
    notes: values.notes?.trim() ? values.notes.trim() : null,
    contactDetails: details,
  };
  return { request, formIndexes };
}

/** Creates or edits a client: general information, contact details and notes. */
export function ClientFormDrawer({ open, client, onClose, onCreated }: ClientFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const me = useCurrentUser();
  const statusOptions = useStatusOptions();
  const managers = useManagers();
  const createClient = useCreateClient();
  const updateClient = useUpdateClient();

  // Active managers can be chosen; a deactivated one stays visible while still assigned.
  const managerOptions = (managers.data ?? [])
    .filter((user) => user.isActive || user.id === client?.managerId)
    .map((user) => ({ value: user.id, label: fullName(user) }));

  const handleSubmit = async (values: ClientFormValues) => {
    const { request, formIndexes } = toRequest(values);
    try {
      if (client) {
        await updateClient.mutateAsync({ id: client.id, changes: request });
        void message.success(t('clients.saved', { name: request.name }));
      } else {
        const created = await createClient.mutateAsync(request);
        void message.success(t('clients.created', { name: created.name }));
        onCreated?.(created);
      }
    } catch (error) {
      throw remapDetailErrors(error, formIndexes);
    }
  };

  return (
    <FormDrawer<ClientFormValues>
      name="client"
      open={open}
      title={client ? t('clients.editTitle', { name: client.name }) : t('clients.createTitle')}
      initialValues={toFormValues(client, me.role === 'manager' ? me.id : null)}
      onSubmit={handleSubmit}
      onClose={onClose}
      submitText={client ? t('common.save') : t('clients.createSubmit')}
      width={720}
    >
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
        {t('clients.sections.general')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item
            name="name"
            label={t('clients.fields.name')}
            required
            rules={[rule(shape.name)]}
          >
            <Input autoComplete="off" maxLength={200} placeholder={t('clients.hints.name')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="type" label={t('clients.fields.type')} required>
            <Radio.Group optionType="button" buttonStyle="solid" style={{ display: 'flex' }}>
              <Radio.Button value="company" style={{ flex: 1, textAlign: 'center' }}>
                <Flex gap={6} justify="center">
                  <BankOutlined />
                  {t('clients.types.company')}
                </Flex>
              </Radio.Button>
              <Radio.Button value="individual" style={{ flex: 1, textAlign: 'center' }}>
                <Flex gap={6} justify="center">
                  <UserOutlined />
                  {t('clients.types.individual')}
                </Flex>
              </Radio.Button>
            </Radio.Group>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="status" label={t('clients.fields.status')} required>
            <Select options={statusOptions} loading={statusOptions.length === 0} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="source"
            label={t('clients.fields.source')}
            required
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Select
              placeholder={t('clients.hints.source')}
              options={clientSources.map((source) => ({
                value: source,
                label: t(`clients.sources.${source}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="managerId" label={t('clients.fields.manager')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('clients.noManager')}
              loading={managers.isPending}
              options={managerOptions}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="isVip" label={t('clients.fields.isVip')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="marketingConsent"
            label={t('clients.fields.marketingConsent')}
            valuePropName="checked"
            extra={t('clients.hints.marketingConsent')}
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('clients.sections.contactDetails')}
      </Divider>
      <ContactDetailsEditor />
      <Divider titlePlacement="start" plain>
        {t('clients.fields.notes')}
      </Divider>
      <Form.Item name="notes" rules={[rule(shape.notes)]}>
        <Input.TextArea
          aria-label={t('clients.fields.notes')}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={10_000}
          placeholder={t('clients.hints.notes')}
        />
      </Form.Item>
    </FormDrawer>
  );
}
