import { StarFilled } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import type { DeveloperHome } from '@crm/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../ui/useFormat';
import { links } from '../links';
import { ProjectProgress } from './ProjectProgress';

export interface MyTeamsCardProps {
  teams: DeveloperHome['myTeams'];
}

/**
 * My teams (a star where I lead), how many active projects each has and the first of them with
 * progress; a link to the rest in the projects list.
 */
export function MyTeamsCard({ teams }: MyTeamsCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card
      data-testid="home-my-teams"
      title={t('homePage.developer.teamsTitle')}
      style={{ height: '100%' }}
      styles={{ body: { padding: teams.length ? '4px 20px 12px' : 24 } }}
    >
      {teams.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('homePage.developer.noTeams')} />
      ) : (
        teams.map((team, index) => (
          <div
            key={team.id}
            data-testid={`home-team-${team.id}`}
            style={{ padding: '14px 0', borderTop: index === 0 ? undefined : '1px solid #f0f0f0' }}
          >
            <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
              <Link to={links.team(team.id)} style={{ fontWeight: 600, fontSize: 15 }}>
                {team.name}
              </Link>
              {team.isLead && (
                <Tag
                  color="gold"
                  icon={<StarFilled />}
                  variant="filled"
                  data-testid="team-lead-star"
                >
                  {t('homePage.developer.lead')}
                </Tag>
              )}
              <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
                {t('homePage.developer.activeProjects', { count: team.activeProjectsCount })}
              </Typography.Text>
            </Flex>
            {team.activeProjects.length === 0 ? (
              <Typography.Text type="secondary">
                {t('homePage.developer.noProjects')}
              </Typography.Text>
            ) : (
              <Flex vertical gap={10}>
                {team.activeProjects.map((project) => (
                  <div
                    key={project.id}
                    style={{ background: '#fafbfe', borderRadius: 8, padding: '10px 12px' }}
                  >
                    <Flex justify="space-between" gap={8}>
                      <Link to={links.project(project.id)} style={{ fontWeight: 500 }}>
                        {project.name}
                      </Link>
                      {project.deadline && (
                        <Typography.Text
                          type="secondary"
                          style={{ fontSize: 12, whiteSpace: 'nowrap' }}
                        >
                          {t('homePage.projects.due', { date: format.date(project.deadline) })}
                        </Typography.Text>
                      )}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {project.client.name}
                    </Typography.Text>
                    <ProjectProgress state={project.state} />
                  </div>
                ))}
                {team.activeProjectsCount > team.activeProjects.length && (
                  <Link to={links.teamProjects(team.id)} data-testid="home-team-all-projects">
                    {t('homePage.developer.allProjects', { count: team.activeProjectsCount })}
                  </Link>
                )}
              </Flex>
            )}
          </div>
        ))
      )}
    </Card>
  );
}
