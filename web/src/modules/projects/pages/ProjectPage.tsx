import { FolderOpenOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Space, Typography } from 'antd';
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
import { TaskFormDrawer } from '../../tasks/components/TaskFormDrawer';
import { TasksTable } from '../../tasks/components/TasksTable';
import { canManageDelivery } from '../../tasks/permissions';
import { teamPath } from '../../teams/teams.paths';
import { ClientName } from '../components/ClientName';
import { ProjectActions } from '../components/ProjectActions';
import { ProjectCommentFeed } from '../components/ProjectCommentFeed';
import { ProjectFormDrawer } from '../components/ProjectFormDrawer';
import { ProjectStats } from '../components/ProjectStats';
import { ProjectStatusTag } from '../components/ProjectStatusTag';
import { useProject } from '../projects.queries';

export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const manager = canManageDelivery(me.role);
  const query = useProject(id);
  const [editing, setEditing] = useState(false);
  const [creatingTask, setCreatingTask] = useState(false);
  const project = query.data;
  const none = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <DetailPage
      backTo={modulePaths.projects}
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
            background: '#eef2ff',
            color: '#2f54eb',
            fontSize: 22,
          }}
        >
          <FolderOpenOutlined />
        </Flex>
      }
      title={project?.name}
      subtitle={
        project && (
          <Space size={8} wrap split={<span style={{ color: 'rgba(0,0,0,.25)' }}>·</span>}>
            <ClientName client={project.client} />
            <Link to={teamPath(project.teamId)}>{project.team.name}</Link>
            <ProjectStatusTag status={project.status} />
          </Space>
        )
      }
      actions={
        project &&
        manager && (
          <ProjectActions
            project={project}
            onEdit={() => setEditing(true)}
            onDeleted={() => void navigate(modulePaths.projects, { replace: true })}
          />
        )
      }
    >
      {project && (
        <>
          <ProjectStats project={project} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card
                title={t('projects.sections.tasks')}
                extra={
                  manager && (
                    <Button icon={<PlusOutlined />} onClick={() => setCreatingTask(true)}>
                      {t('tasks.create')}
                    </Button>
                  )
                }
                style={{ marginBottom: 16 }}
                styles={{ body: { padding: 0 } }}
              >
                <TasksTable filter={{ projectId: project.id }} emptyText={t('projects.noTasks')} />
              </Card>
              {/* Developers may not read documents (403): never ask. The table needs the width. */}
              {manager && (
                <Card
                  title={t('projects.sections.documents')}
                  extra={
                    <DocumentUploadButton
                      defaults={{ projectId: project.id }}
                      type="default"
                      size="small"
                    />
                  }
                  style={{ marginBottom: 16 }}
                  styles={{ body: { padding: 0 } }}
                >
                  <DocumentsTable
                    filter={{ projectId: project.id }}
                    emptyText={t('projects.noDocuments')}
                  />
                </Card>
              )}
              <Card title={t('projects.sections.feed')}>
                <ProjectCommentFeed projectId={project.id} />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title={t('projects.sections.details')} style={{ marginBottom: 16 }}>
                <Descriptions column={1} colon={false} size="small">
                  <Descriptions.Item label={t('projects.fields.client')}>
                    <ClientName client={project.client} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('projects.fields.team')}>
                    <Link to={teamPath(project.teamId)}>{project.team.name}</Link>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('projects.fields.status')}>
                    <ProjectStatusTag status={project.status} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('projects.fields.budget')}>
                    {format.money(project.budget)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('projects.fields.startDate')}>
                    {project.startDate ? format.date(project.startDate) : none}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('projects.fields.deadline')}>
                    {project.deadline ? format.date(project.deadline) : none}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('projects.updatedAt')}>
                    {format.dateTime(project.updatedAt)}
                  </Descriptions.Item>
                </Descriptions>
                {project.description && (
                  <Typography.Paragraph
                    style={{ whiteSpace: 'pre-wrap', margin: '12px 0 0' }}
                    type="secondary"
                  >
                    {project.description}
                  </Typography.Paragraph>
                )}
              </Card>
              {/* Developers may not read communications (403): never ask. */}
              {manager && (
                <Card title={t('projects.sections.communications')}>
                  <CommunicationTimeline
                    source={{ kind: 'project', id: project.id }}
                    emptyText={t('projects.noCommunications')}
                  />
                </Card>
              )}
            </Col>
          </Row>
          {manager && (
            <>
              <ProjectFormDrawer
                open={editing}
                project={project}
                onClose={() => setEditing(false)}
              />
              <TaskFormDrawer
                open={creatingTask}
                projectId={project.id}
                onClose={() => setCreatingTask(false)}
              />
            </>
          )}
        </>
      )}
    </DetailPage>
  );
}
