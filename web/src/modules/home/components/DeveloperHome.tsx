import {
  CheckSquareOutlined,
  FieldTimeOutlined,
  ProjectOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { modulePaths } from '../../../app/paths';
import { StatCard } from '../../../ui/StatCard';
import { useFormat } from '../../../ui/useFormat';
import { useHomeView } from './useHomeView';
import { useMyHome } from '../home.queries';
import { MyTasksCard } from './MyTasksCard';
import { MyTeamsCard } from './MyTeamsCard';

/** The developer's start page: my tasks (overdue first) and my teams' active projects. */
export function DeveloperHome() {
  const { t } = useTranslation();
  const format = useFormat();
  const home = useMyHome();

  const view = useHomeView(home, 8);
  if (!view.data) return view.fallback;
  const { myTasks, myTeams } = view.data;
  // A project belongs to one team: the teams' counts add up to my active projects.
  const projects = myTeams.reduce((sum, team) => sum + team.activeProjectsCount, 0);
  const leads = myTeams.filter((team) => team.isLead).length;

  return (
    <div data-testid="home-developer">
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            testId="home-kpi-open"
            title={t('homePage.developer.openTasks')}
            value={format.number(myTasks.openCount)}
            footnote={t('homePage.developer.openNote')}
            icon={<CheckSquareOutlined />}
            to={modulePaths.tasks}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            testId="home-kpi-overdue"
            title={t('homePage.developer.overdueTasks')}
            value={format.number(myTasks.overdueCount)}
            footnote={
              myTasks.overdueCount > 0
                ? t('homePage.developer.overdueNote')
                : t('homePage.developer.allOnTime')
            }
            icon={<FieldTimeOutlined />}
            color={myTasks.overdueCount > 0 ? '#f5222d' : '#52c41a'}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            testId="home-kpi-teams"
            title={t('homePage.developer.teams')}
            value={format.number(myTeams.length)}
            footnote={t('homePage.developer.leadOf', { count: leads })}
            icon={<TeamOutlined />}
            color="#722ed1"
            to={modulePaths.teams}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            testId="home-kpi-projects"
            title={t('homePage.developer.projects')}
            value={format.number(projects)}
            footnote={t('homePage.developer.projectsNote')}
            icon={<ProjectOutlined />}
            color="#13c2c2"
            to={modulePaths.projects}
          />
        </Col>
        <Col xs={24} xl={15}>
          <MyTasksCard tasks={myTasks} />
        </Col>
        <Col xs={24} xl={9}>
          <MyTeamsCard teams={myTeams} />
        </Col>
      </Row>
    </div>
  );
}
