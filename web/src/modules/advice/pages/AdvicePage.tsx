import {
  CalendarOutlined,
  DeleteOutlined,
  EditOutlined,
  MessageOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { useConfirmDelete } from '../../../ui/confirm';
import { DetailPage } from '../../../ui/DetailPage';
import { useFormat } from '../../../ui/useFormat';
import { useCurrentUser } from '../../auth/useSession';
import { adviceEditPath } from '../advice.paths';
import { useAdvice, useDeleteAdvice } from '../advice.queries';
import { CommentThread } from '../components/CommentThread';
import { LazyMarkdown } from '../components/LazyMarkdown';
import { TopicTag } from '../components/TopicTag';

export function AdvicePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const query = useAdvice(id);
  const remove = useDeleteAdvice();
  const confirmDelete = useConfirmDelete();
  const advice = query.data;
  const canChange = !!advice && (advice.authorId === me.id || me.role === 'admin');
  const author = advice?.author
    ? `${advice.author.firstName} ${advice.author.lastName}`.trim()
    : t('advice.unknownAuthor');

  const handleDelete = () => {
    if (!advice) return;
    confirmDelete({
      name: advice.title,
      onConfirm: async () => {
        await remove.mutateAsync(advice.id);
        void navigate(modulePaths.advisor, { replace: true });
      },
    });
  };

  return (
    <DetailPage
      backTo={modulePaths.advisor}
      loading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      title={advice?.title}
      subtitle={advice && <TopicTag topic={advice.topic} />}
      actions={
        canChange &&
        advice && (
          <>
            <Button
              icon={<EditOutlined />}
              onClick={() => void navigate(adviceEditPath(advice.id))}
            >
              {t('common.edit')}
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={handleDelete}>
              {t('common.delete')}
            </Button>
          </>
        )
      }
    >
      {advice && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={17}>
            <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '28px 36px' } }}>
              <article aria-label={advice.title}>
                <LazyMarkdown>{advice.body}</LazyMarkdown>
              </article>
            </Card>
            <Card
              title={
                <span>
                  <MessageOutlined style={{ marginInlineEnd: 8 }} />
                  {t('advice.comments.titleCount', { count: advice.commentsCount })}
                </span>
              }
            >
              <CommentThread adviceId={advice.id} />
            </Card>
          </Col>
          <Col xs={24} xl={7}>
            <Card title={t('advice.sections.about')}>
              <Flex vertical gap={14}>
                <div>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('advice.fields.topic')}
                  </Typography.Text>
                  <TopicTag topic={advice.topic} />
                </div>
                <div>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('advice.fields.author')}
                  </Typography.Text>
                  <UserOutlined /> {author}
                </div>
                <div>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('advice.fields.createdAt')}
                  </Typography.Text>
                  <CalendarOutlined /> {format.dateTime(advice.createdAt)}
                </div>
                {advice.updatedAt !== advice.createdAt && (
                  <div>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('advice.fields.updatedAt')}
                    </Typography.Text>
                    <CalendarOutlined /> {format.dateTime(advice.updatedAt)}
                  </div>
                )}
              </Flex>
            </Card>
          </Col>
        </Row>
      )}
    </DetailPage>
  );
}
