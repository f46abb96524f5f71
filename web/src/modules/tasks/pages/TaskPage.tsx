import { CalendarOutlined, CheckSquareOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { DetailPage } from '../../../ui/DetailPage';
import { useFormat } from '../../../ui/useFormat';
import { useCurrentUser } from '../../auth/useSession';
import { CommunicationTimeline } from '../../communications/components/CommunicationTimeline';
import { DocumentUploadButton } from '../../documents/components/DocumentUploadButton';
import { DocumentsTable } from '../../documents/components/DocumentsTable';
import { projectPath } from '../../projects/projects.paths';
import { CommentThread } from '../components/CommentThread';
import { DoneBoxes } from '../components/DoneBoxes';
import { TaskActions } from '../components/TaskActions';
import { TaskFormDrawer } from '../components/TaskFormDrawer';
import { TaskStateTag } from '../components/TaskStateTag';
import { canManageDelivery } from '../permissions';
import { useTask } from '../tasks.queries';

export function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const query = useTask(id);
  const [editing, setEditing] = useState(false);
  const task = query.data;
  const manager = canManageDelivery(me.role);
  const none = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <DetailPage
      backTo={modulePaths.tasks}
      loading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      avatar={
        <Flex
          align="center"
          justify="center"
          style={{
            width: 48,
            height: 48,
            borderRadius: 12,
            background: task?.isDone ? '#f6ffed' : task?.isOverdue ? '#fff1f0' : '#eef2ff',
            color: task?.isDone ? '#52c41a' : task?.isOverdue ? '#f5222d' : '#2f54eb',
            fontSize: 22,
          }}
        >
          <CheckSquareOutlined />
        </Flex>
      }
      title={task?.title}
      subtitle={
        task && (
          <Space size={8} wrap>
            <Link to={projectPath(task.projectId)}>{task.project.name}</Link>
            <TaskStateTag task={task} />
          </Space>
        )
      }
      actions={
        task &&
        manager && (
          <TaskActions
            task={task}
            onEdit={() => setEditing(true)}
            onDeleted={() => void navigate(modulePaths.tasks, { replace: true })}
          />
        )
      }
    >
      {task && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card title={t('tasks.sections.details')} style={{ marginBottom: 16 }}>
                <Descriptions column={{ xs: 1, md: 2 }} colon={false} layout="vertical">
                  <Descriptions.Item label={t('tasks.fields.project')}>
                    <Link to={projectPath(task.projectId)}>{task.project.name}</Link>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tasks.columns.state')}>
                    <TaskStateTag task={task} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tasks.fields.deadline')}>
                    {task.deadline ? (
                      <Typography.Text
                        type={task.isOverdue ? 'danger' : undefined}
                        strong={task.isOverdue}
                      >
                        <CalendarOutlined /> {format.dateTime(task.deadline)}
                      </Typography.Text>
                    ) : (
                      none
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tasks.fields.budget')}>
                    {task.budget ? format.money(task.budget) : none}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tasks.doneAt')}>
                    {task.doneAt ? format.dateTime(task.doneAt) : none}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tasks.createdAt')}>
                    {format.dateTime(task.createdAt)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tasks.fields.description')} span={2}>
                    {task.description ? (
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                        {task.description}
                      </Typography.Paragraph>
                    ) : (
                      none
                    )}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              <Card
                title={
                  <Space>
                    {t('tasks.sections.comments')}
                    {task.commentsCount > 0 && (
                      <Typography.Text type="secondary">{task.commentsCount}</Typography.Text>
                    )}
                  </Space>
                }
              >
                <CommentThread task={task} />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title={t('tasks.sections.assignees')} style={{ marginBottom: 16 }}>
                <DoneBoxes task={task} />
              </Card>
              {/* Developers may not read documents or communications (403): never ask. */}
              {manager && (
                <>
                  <Card
                    title={t('tasks.sections.documents')}
                    extra={
                      <DocumentUploadButton
                        defaults={{ projectId: task.projectId, taskId: task.id }}
                        type="default"
                        size="small"
                      />
                    }
                    style={{ marginBottom: 16 }}
                    styles={{ body: { padding: 0 } }}
                  >
                    <DocumentsTable
                      filter={{ taskId: task.id }}
                      pageSize={5}
                      emptyText={t('tasks.noDocuments')}
                    />
                  </Card>
                  <Card title={t('tasks.sections.communications')}>
                    <CommunicationTimeline
                      source={{ kind: 'task', id: task.id }}
                      emptyText={t('tasks.noCommunications')}
                    />
                  </Card>
                </>
              )}
            </Col>
          </Row>
          {manager && (
            <TaskFormDrawer open={editing} task={task} onClose={() => setEditing(false)} />
          )}
        </>
      )}
    </DetailPage>
  );
}
