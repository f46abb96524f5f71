import type { Channel } from '@crm/contracts';
import { channels, directions } from '@crm/contracts';
import { Col, DatePicker, Flex, Form, Input, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { isAllowedOccurredAt } from '../communicationForm';
import { channelIcons, directionIcons } from './channelIcons';

/**
 * The fields of a communication: when, channel and a note on it, direction and description.
 * Used inside a form (the "Log communication" card and the edit drawer).
 */
export function CommunicationFields() {
  const { t } = useTranslation();
  const format = useFormat();
  const channel = Form.useWatch<Channel | undefined>('channel');

  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          name="occurredAt"
          label={t('communications.fields.occurredAt')}
          required
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: async (_rule, value?: dayjs.Dayjs | null) => {
                if (value && !isAllowedOccurredAt(value)) {
                  throw new Error(t('communications.validation.occurredAt'));
                }
              },
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format={`${format.dateInputFormat} HH:mm`}
            needConfirm={false}
            allowClear={false}
            style={{ width: '100%' }}
            disabledDate={(date) => date.isAfter(dayjs().add(1, 'day'), 'day')}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="channel" label={t('communications.fields.channel')} required>
          <Select
            options={channels.map((value) => ({
              value,
              label: (
                <Flex gap={8}>
                  {channelIcons[value]}
                  {t(`communications.channels.${value}`)}
                </Flex>
              ),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="direction" label={t('communications.fields.direction')} required>
          <Radio.Group optionType="button" buttonStyle="solid" style={{ display: 'flex' }}>
            {directions.map((value) => (
              <Radio.Button key={value} value={value} style={{ flex: 1, textAlign: 'center' }}>
                <Flex gap={6} justify="center">
                  {directionIcons[value]}
                  {t(`communications.directions.${value}`)}
                </Flex>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="channelNote"
          label={t('communications.fields.channelNote')}
          rules={[{ max: 200, message: t('validation.maxLength', { count: 200 }) }]}
        >
          <Input
            maxLength={200}
            placeholder={t(`communications.notePlaceholders.${channel ?? 'other'}`)}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="description"
          label={t('communications.fields.description')}
          required
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 20_000, message: t('validation.maxLength', { count: 20_000 }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 12 }}
            maxLength={20_000}
            placeholder={t('communications.placeholders.description')}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
