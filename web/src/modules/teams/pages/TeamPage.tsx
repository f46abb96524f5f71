import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { DetailPage } from '../../../ui/DetailPage';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import { useCurrentUser } from '../../auth/useSession';
import { ProjectFormDrawer } from '../../projects/components/ProjectFormDrawer';
import { TasksTable } from '../../tasks/components/TasksTable';
import { canManageDelivery } from '../../tasks/permissions';
import { TeamActions } from '../components/TeamActions';
import { TeamFormDrawer } from '../components/TeamFormDrawer';
import { TeamMembersCard } from '../components/TeamMembersCard';
import { TeamProjects } from '../components/TeamProjects';
import { leadOf, memberName } from '../teamMembers';
import { useTeam } from '../teams.queries';

export function TeamPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const manager = canManageDelivery(me.role);
  const query = useTeam(id);
  const [editing, setEditing] = useState(false);
  const [creatingProject, setCreatingProject] = useState(false);
  const team = query.data;
  const lead = team && leadOf(team.members);

  const newProject = manager && (
    <Button icon={<PlusOutlined />} onClick={() => setCreatingProject(true)}>
      {t('projects.create')}
    </Button>
  );

  return (
    <DetailPage
      backTo={modulePaths.teams}
      loading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      avatar={team && <PhotoAvatar name={team.name} shape="square" size={48} />}
      title={team?.name}
      subtitle={
        team &&
        [
          t('teams.membersCount', { count: team.members.length }),
          lead ? t('teams.ledBy', { name: memberName(lead) }) : t('teams.noLead'),
          t('teams.projectsCount', { count: team.projectsCount }),
        ].join(' · ')
      }
      actions={
        team &&
        manager && (
          <TeamActions
            team={team}
            onEdit={() => setEditing(true)}
            onDeleted={() => void navigate(modulePaths.teams, { replace: true })}
          />
        )
      }
    >
      {team && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={8}>
              {team.description && (
                <Card title={t('teams.fields.description')} style={{ marginBottom: 16 }}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {team.description}
                  </Typography.Paragraph>
                </Card>
              )}
              <TeamMembersCard team={team} editable={manager} />
            </Col>
            <Col xs={24} xl={16}>
              <Card
                title={t('teams.sections.projects')}
                extra={newProject}
                style={{ marginBottom: 16 }}
                styles={{ body: { padding: 0 } }}
              >
                <TeamProjects teamId={team.id} />
              </Card>
              <Card title={t('teams.sections.tasks')} styles={{ body: { padding: 0 } }}>
                <TasksTable
                  filter={{ teamId: team.id }}
                  showProject
                  emptyText={t('teams.noTasks')}
                />
              </Card>
            </Col>
          </Row>
          {manager && (
            <>
              <TeamFormDrawer open={editing} team={team} onClose={() => setEditing(false)} />
              <ProjectFormDrawer
                open={creatingProject}
                teamId={team.id}
                onClose={() => setCreatingProject(false)}
              />
            </>
          )}
        </>
      )}
    </DetailPage>
  );
}
