import { WarningOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import type { Project } from '@crm/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { useFormat } from '../../../ui/useFormat';
import { links } from '../links';
import { ProjectProgress } from './ProjectProgress';

export interface ProjectsAtRiskCardProps {
  projects: Project[];
}

/** Open projects of my clients with overdue tasks or over budget. */
export function ProjectsAtRiskCard({ projects }: ProjectsAtRiskCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card
      data-testid="home-projects-at-risk"
      title={
        <Flex align="center" gap={8}>
          <WarningOutlined style={{ color: '#fa8c16' }} />
          {t('homePage.manager.atRiskTitle')}
        </Flex>
      }
      extra={<Link to={modulePaths.projects}>{t('homePage.allProjects')}</Link>}
      style={{ height: '100%' }}
      styles={{ body: { padding: projects.length ? '4px 20px 8px' : 24 } }}
    >
      {projects.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('homePage.manager.noRisk')} />
      ) : (
        projects.map((project, index) => (
          <Flex
            key={project.id}
            vertical
            gap={6}
            style={{
              padding: '12px 0',
              borderTop: index === 0 ? undefined : '1px solid #f0f0f0',
            }}
          >
            <Flex justify="space-between" align="flex-start" gap={12}>
              <div style={{ minWidth: 0 }}>
                <Link to={links.project(project.id)} style={{ fontWeight: 500 }}>
                  {project.name}
                </Link>
                <Typography.Text
                  type="secondary"
                  style={{ display: 'block', fontSize: 12 }}
                  ellipsis
                >
                  {project.client.name} · {project.team.name}
                  {project.deadline &&
                    ` · ${t('homePage.projects.due', { date: format.date(project.deadline) })}`}
                </Typography.Text>
              </div>
              <Flex gap={4} wrap="wrap" justify="flex-end">
                {project.state.tasksOverdue > 0 && (
                  <Tag color="red" variant="filled">
                    {t('homePage.tasks.overdueCount', { count: project.state.tasksOverdue })}
                  </Tag>
                )}
                <Tag color={project.budgetState === 'over' ? 'volcano' : 'green'} variant="filled">
                  {project.budgetState === 'over'
                    ? t('homePage.projects.overBudget')
                    : t('homePage.projects.withinBudget')}
                </Tag>
              </Flex>
            </Flex>
            <Flex gap={16} align="center">
              <div style={{ flex: 1 }}>
                <ProjectProgress state={project.state} />
              </div>
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12, textAlign: 'end', whiteSpace: 'nowrap' }}
              >
                {format.money(project.tasksBudget)} / {format.money(project.budget)}
              </Typography.Text>
            </Flex>
          </Flex>
        ))
      )}
    </Card>
  );
}
