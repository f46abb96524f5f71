import type { Contact, CreateContactRequest } from '@crm/contracts';
import { createContactSchema } from '@crm/contracts';
import { App, Col, Divider, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../ui/FormDrawer';
import { useZodRule } from '../../../ui/zodRule';
import { ClientSelect } from '../../clients/components/ClientSelect';
import { ContactDetailsEditor } from '../../clients/components/ContactDetailsEditor';
import type { ContactDetailRow } from '../../clients/contactDetails';
import {
  remapDetailErrors,
  toContactDetailRows,
  toContactDetailsRequest,
} from '../../clients/contactDetails';
import { useCreateContact, useUpdateContact } from '../contacts.queries';
import { contactName } from './contactName';

interface ContactFormValues {
  clientId: string;
  firstName: string;
  lastName?: string | null;
  position?: string | null;
  notes?: string | null;
  contactDetails?: ContactDetailRow[];
}

export interface ContactFormDrawerProps {
  open: boolean;
  /** The contact to edit; absent to create one. */
  contact?: Contact;
  /** The client a new contact belongs to (when added from the client's page). */
  clientId?: string;
  onClose: () => void;
  onCreated?: (contact: Contact) => void;
}

const shape = createContactSchema.shape;

function toFormValues(contact: Contact | undefined, clientId: string | undefined) {
  if (!contact) {
    return {
      clientId,
      contactDetails: [
        { kind: 'email', value: '', network: null, label: null },
        { kind: 'phone', value: '', network: null, label: null },
      ],
    } satisfies Partial<ContactFormValues>;
  }
  return {
    clientId: contact.clientId,
    firstName: contact.firstName,
    lastName: contact.lastName,
    position: contact.position,
    notes: contact.notes,
    contactDetails: toContactDetailRows(contact.contactDetails),
  } satisfies Partial<ContactFormValues>;
}

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** Creates or edits a contact person of a client. */
export function ContactFormDrawer({
  open,
  contact,
  clientId,
  onClose,
  onCreated,
}: ContactFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rule = useZodRule();
  const createContact = useCreateContact();
  const updateContact = useUpdateContact();

  const handleSubmit = async (values: ContactFormValues) => {
    const { details, formIndexes } = toContactDetailsRequest(values.contactDetails);
    const request: CreateContactRequest = {
      clientId: values.clientId,
      firstName: values.firstName.trim(),
      lastName: values.lastName?.trim() ?? '',
      position: blankToNull(values.position),
      notes: blankToNull(values.notes),
      contactDetails: details,
    };
    try {
      if (contact) {
        const saved = await updateContact.mutateAsync({ id: contact.id, changes: request });
        void message.success(t('contacts.saved', { name: contactName(saved) }));
      } else {
        const created = await createContact.mutateAsync(request);
        void message.success(t('contacts.created', { name: contactName(created) }));
        onCreated?.(created);
      }
    } catch (error) {
      throw remapDetailErrors(error, formIndexes);
    }
  };

  return (
    <FormDrawer<ContactFormValues>
      name="contact"
      open={open}
      title={
        contact
          ? t('contacts.editTitle', { name: contactName(contact) })
          : t('contacts.createTitle')
      }
      initialValues={toFormValues(contact, clientId)}
      onSubmit={handleSubmit}
      onClose={onClose}
      submitText={contact ? t('common.save') : t('contacts.createSubmit')}
      codeFields={{ CLIENT_NOT_FOUND: 'clientId' }}
      width={720}
    >
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
        {t('contacts.sections.person')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="firstName"
            label={t('contacts.fields.firstName')}
            required
            rules={[rule(shape.firstName)]}
          >
            <Input autoComplete="off" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="lastName"
            label={t('contacts.fields.lastName')}
            rules={[rule(shape.lastName)]}
          >
            <Input autoComplete="off" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="clientId"
            label={t('contacts.fields.client')}
            required
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <ClientSelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="position"
            label={t('contacts.fields.position')}
            rules={[rule(shape.position)]}
          >
            <Input autoComplete="off" maxLength={150} placeholder={t('contacts.hints.position')} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('contacts.sections.contactDetails')}
      </Divider>
      <ContactDetailsEditor />
      <Divider titlePlacement="start" plain>
        {t('contacts.fields.notes')}
      </Divider>
      <Form.Item name="notes" rules={[rule(shape.notes)]}>
        <Input.TextArea
          aria-label={t('contacts.fields.notes')}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={10_000}
          placeholder={t('contacts.hints.notes')}
        />
      </Form.Item>
    </FormDrawer>
  );
}
