import { DeleteOutlined, DownOutlined, PlusOutlined } from '@ant-design/icons';
import type { ContactDetailKind } from '@crm/contracts';
import { socialNetworks } from '@crm/contracts';
import {
  AutoComplete,
  Button,
  Dropdown,
  Flex,
  Form,
  Input,
  Select,
  Tooltip,
  Typography,
} from 'antd';
import type { FormListFieldData, FormRule, InputProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDetailRow } from '../contactDetails';
import { validateContactDetail } from '../contactDetails';
import { detailKindIcons } from './contactDetailIcons';

/** The kinds in the order people reach for them. */
const kindsInMenuOrder: ContactDetailKind[] = [
  'phone',
  'email',
  'website',
  'social',
  'address',
  'postalAddress',
  'fax',
];

/** The API accepts at most this many details per record. */
export const MAX_CONTACT_DETAILS = 30;

const inputModes: Partial<Record<ContactDetailKind, InputProps['inputMode']>> = {
  phone: 'tel',
  fax: 'tel',
  email: 'email',
  website: 'url',
};

export interface ContactDetailsEditorProps {
  /** The form field holding the list. */
  name?: string;
}

/**
 * Edits a record's contact details (phones, e-mails, social networks, addresses…) as a list of
 * rows inside an AntD form. Each value is checked by its kind with the contract's rules. Blank
 * rows are allowed and left out when saving (see `toContactDetailsRequest`, and
 * `remapDetailErrors` to put the server's errors back on the right row).
 */
export function ContactDetailsEditor({ name = 'contactDetails' }: ContactDetailsEditorProps) {
  const { t } = useTranslation();
  const [focused, setFocused] = useState<number | null>(null);

  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_rule, rows?: unknown[]) => {
            if ((rows?.length ?? 0) > MAX_CONTACT_DETAILS) {
              throw new Error(t('clients.details.tooMany', { count: MAX_CONTACT_DETAILS }));
            }
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => {
        const handleAdd = (kind: ContactDetailKind) => {
          add({ kind, value: '', network: null, label: null } satisfies ContactDetailRow);
          setFocused(fields.length);
        };
        return (
          <>
            {fields.length === 0 && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
                {t('clients.details.noneYet')}
              </Typography.Paragraph>
            )}
            {fields.map((field, index) => (
              <ContactDetailRowFields
                key={field.key}
                listName={name}
                field={field}
                index={index}
                autoFocus={focused === index}
                onRemove={() => {
                  remove(field.name);
                  setFocused(null);
                }}
              />
            ))}
            <Form.ErrorList errors={errors} />
            <Dropdown
              trigger={['click']}
              disabled={fields.length >= MAX_CONTACT_DETAILS}
              menu={{
                items: kindsInMenuOrder.map((kind) => ({
                  key: kind,
                  icon: detailKindIcons[kind],
                  label: t(`clients.details.kinds.${kind}`),
                })),
                onClick: ({ key }) => handleAdd(key as ContactDetailKind),
              }}
            >
              <Button type="dashed" icon={<PlusOutlined />} block>
                {t('clients.details.add')} <DownOutlined style={{ fontSize: 10 }} />
              </Button>
            </Dropdown>
          </>
        );
      }}
    </Form.List>
  );
}

interface ContactDetailRowFieldsProps {
  listName: string;
  field: FormListFieldData;
  index: number;
  autoFocus: boolean;
  onRemove: () => void;
}

/** One row: kind, network (social only), value and an optional label such as "work". */
function ContactDetailRowFields({
  listName,
  field,
  index,
  autoFocus,
  onRemove,
}: ContactDetailRowFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const path = [listName, field.name];
  const kind = (Form.useWatch([...path, 'kind'], form) as ContactDetailKind | undefined) ?? 'phone';
  const kindLabel = t(`clients.details.kinds.${kind}`);
  const n = index + 1;

  const rowRule =
    (part: 'value' | 'network' | 'label'): FormRule =>
    ({ getFieldValue }) => ({
      validator: async (_rule, value: string | undefined) => {
        const row = { ...(getFieldValue(path) as ContactDetailRow), [part]: value };
        const issue = validateContactDetail(row)[part];
        if (issue) throw new Error(t(`clients.details.issues.${issue}`));
      },
    });

  return (
    <Flex gap={8} align="flex-start" wrap data-testid={`contact-detail-${index}`}>
      <Form.Item name={[field.name, 'kind']} style={{ flex: '0 0 168px', marginBottom: 12 }}>
        <Select
          aria-label={t('clients.details.kindAria', { n })}
          options={kindsInMenuOrder.map((value) => ({
            value,
            label: (
              <Flex gap={8}>
                {detailKindIcons[value]}
                {t(`clients.details.kinds.${value}`)}
              </Flex>
            ),
          }))}
          onChange={() => {
            // Re-check the value against the rules of its new kind.
            if (form.getFieldValue([...path, 'value'])) {
              void form.validateFields([[...path, 'value']]).catch(() => undefined);
            }
          }}
        />
      </Form.Item>
      {kind === 'social' && (
        <Form.Item
          name={[field.name, 'network']}
          rules={[rowRule('network')]}
          style={{ flex: '0 0 140px', marginBottom: 12 }}
        >
          <AutoComplete
            aria-label={t('clients.details.networkAria', { n })}
            placeholder={t('clients.details.network')}
            options={socialNetworks.map((network) => ({
              value: network,
              label: network === 'Other' ? t('clients.details.otherNetwork') : network,
            }))}
            filterOption={(input, option) =>
              String(option?.value ?? '')
                .toLowerCase()
                .includes(input.trim().toLowerCase())
            }
          />
        </Form.Item>
      )}
      <Form.Item
        name={[field.name, 'value']}
        rules={[rowRule('value')]}
        dependencies={[[...path, 'kind']]}
        validateDebounce={300}
        style={{ flex: '1 1 180px', minWidth: 160, marginBottom: 12 }}
      >
        <Input
          aria-label={t('clients.details.valueAria', { kind: kindLabel, n })}
          placeholder={t(`clients.details.placeholders.${kind}`)}
          inputMode={inputModes[kind]}
          prefix={<span style={{ color: 'rgba(0,0,0,.35)' }}>{detailKindIcons[kind]}</span>}
          autoFocus={autoFocus}
          maxLength={500}
        />
      </Form.Item>
      <Form.Item
        name={[field.name, 'label']}
        rules={[rowRule('label')]}
        style={{ flex: '0 0 120px', marginBottom: 12 }}
      >
        <Input
          aria-label={t('clients.details.labelAria', { n })}
          placeholder={t('clients.details.labelPlaceholder')}
          maxLength={60}
        />
      </Form.Item>
      <Tooltip title={t('clients.details.remove')}>
        <Button
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('clients.details.removeAria', { n })}
          onClick={onRemove}
        />
      </Tooltip>
    </Flex>
  );
}
