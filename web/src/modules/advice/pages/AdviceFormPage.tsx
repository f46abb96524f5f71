import type { Advice, UpdateAdviceRequest } from '@crm/contracts';
import { createAdviceSchema } from '@crm/contracts';
import { App, AutoComplete, Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { DetailPage } from '../../../ui/DetailPage';
import { FormBannerAlert } from '../../../ui/FormBannerAlert';
import type { FormBanner } from '../../../ui/useServerErrors';
import { useServerErrors } from '../../../ui/useServerErrors';
import { useZodRule } from '../../../ui/zodRule';
import { useCurrentUser } from '../../auth/useSession';
import { StatusResult } from '../../../ui/StatusResult';
import { advicePath } from '../advice.paths';
import { useAdvice, useAdviceTopics, useCreateAdvice, useUpdateAdvice } from '../advice.queries';
import { MarkdownEditor } from '../components/MarkdownEditor';

interface AdviceFormValues {
  topic: string;
  title: string;
  body: string;
}

const shape = createAdviceSchema.shape;

/** New tip (`/advisor/new`) or an existing one's edit page (`/advisor/:id/edit`). */
export function AdviceFormPage() {
  const { id } = useParams();
  const existing = useAdvice(id ?? '', !!id);
  if (!id) return <AdviceForm />;
  if (existing.data) return <AdviceForm advice={existing.data} />;
  return (
    <DetailPage
      backTo={modulePaths.advisor}
      loading={existing.isPending}
      error={existing.error}
      onRetry={() => void existing.refetch()}
    />
  );
}

function AdviceForm({ advice }: { advice?: Advice }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const rule = useZodRule();
  const [form] = Form.useForm<AdviceFormValues>();
  const applyServerErrors = useServerErrors(form);
  const [banner, setBanner] = useState<FormBanner | null>(null);
  const [saving, setSaving] = useState(false);
  const topics = useAdviceTopics();
  const create = useCreateAdvice();
  const update = useUpdateAdvice();
  const [topicText, setTopicText] = useState(advice?.topic ?? '');
  const backTo = advice ? advicePath(advice.id) : modulePaths.advisor;

  const topicOptions = useMemo(() => {
    const typed = topicText.trim().toLowerCase();
    return (topics.data ?? [])
      .filter((item) => !typed || item.topic.toLowerCase().includes(typed))
      .map((item) => ({
        value: item.topic,
        label: (
          <Flex justify="space-between">
            <span>{item.topic}</span>
            <Typography.Text type="secondary">{item.count}</Typography.Text>
          </Flex>
        ),
      }));
  }, [topicText, topics.data]);

  if (advice && advice.authorId !== me.id && me.role !== 'admin') {
    return <StatusResult status={403} />;
  }

  const handleFinish = async (values: AdviceFormValues) => {
    const body = { topic: values.topic.trim(), title: values.title.trim(), body: values.body };
    setSaving(true);
    setBanner(null);
    try {
      if (advice) {
        const changes: UpdateAdviceRequest = {};
        if (body.topic !== advice.topic) changes.topic = body.topic;
        if (body.title !== advice.title) changes.title = body.title;
        if (body.body !== advice.body) changes.body = body.body;
        if (Object.keys(changes).length > 0) await update.mutateAsync({ id: advice.id, changes });
        void message.success(t('advice.form.saved'));
        void navigate(advicePath(advice.id));
      } else {
        const created = await create.mutateAsync(body);
        void message.success(t('advice.form.created'));
        void navigate(advicePath(created.id), { replace: true });
      }
    } catch (error) {
      setBanner(applyServerErrors(error));
    } finally {
      setSaving(false);
    }
  };

  const formCard = (
    <Card>
      <FormBannerAlert banner={banner} />
      <Form<AdviceFormValues>
        name="advice"
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={advice && { topic: advice.topic, title: advice.title, body: advice.body }}
        onFinish={(values) => void handleFinish(values)}
        disabled={saving}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="topic"
              label={t('advice.fields.topic')}
              required
              rules={[rule(shape.topic)]}
              extra={t('advice.form.topicHint')}
            >
              <AutoComplete
                options={topicOptions}
                onSearch={setTopicText}
                onChange={(value: string) => setTopicText(value)}
                placeholder={t('advice.form.topicPlaceholder')}
                maxLength={100}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="title"
              label={t('advice.fields.title')}
              required
              rules={[rule(shape.title)]}
            >
              <Input maxLength={300} placeholder={t('advice.form.titlePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="body" label={t('advice.fields.body')} required rules={[rule(shape.body)]}>
          <MarkdownEditor placeholder={t('advice.form.bodyPlaceholder')} />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={() => void navigate(backTo)} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={saving}>
            {advice ? t('common.save') : t('advice.form.publish')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );

  return (
    <DetailPage
      backTo={backTo}
      loading={false}
      title={
        advice ? t('advice.form.editTitle', { title: advice.title }) : t('advice.form.newTitle')
      }
      subtitle={t('advice.form.subtitle')}
    >
      {formCard}
    </DetailPage>
  );
}
