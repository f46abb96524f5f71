import {
  BankOutlined,
  CheckSquareOutlined,
  MessageOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { modulePaths } from '../../../app/paths';
import { StatCard } from '../../../ui/StatCard';
import { useFormat } from '../../../ui/useFormat';
import { useHomeView } from './useHomeView';
import { useManagerHome } from '../home.queries';
import { ManagerTasksCard } from './ManagerTasksCard';
import { MyFiguresCard } from './MyFiguresCard';
import { ProjectsAtRiskCard } from './ProjectsAtRiskCard';
import { RecentCommunicationsCard } from './RecentCommunicationsCard';

/** The manager's start page: my clients, my tasks, recent communications, projects at risk. */
export function ManagerHome() {
  const { t } = useTranslation();
  const format = useFormat();
  const home = useManagerHome();

  const view = useHomeView(home, 8);
  if (!view.data) return view.fallback;
  const { myClients, myTasks, recentCommunications, projectsAtRisk, figures } = view.data;

  return (
    <div data-testid="home-manager">
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            testId="home-kpi-clients"
            title={t('homePage.manager.myClients')}
            value={format.number(myClients.total)}
            footnote={t('homePage.manager.vipClients', {
              count: myClients.vip,
              formatted: format.number(myClients.vip),
            })}
            icon={<BankOutlined />}
            to={modulePaths.clients}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            testId="home-kpi-tasks"
            title={t('homePage.manager.openTasks')}
            value={format.number(myTasks.openCount)}
            footnote={t('homePage.tasks.overdueCount', { count: myTasks.overdueCount })}
            icon={<CheckSquareOutlined />}
            color={myTasks.overdueCount > 0 ? '#f5222d' : '#52c41a'}
            to={modulePaths.tasks}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            testId="home-kpi-communications"
            title={t('homePage.manager.communications30')}
            value={format.number(figures.communicationsLast30Days)}
            footnote={t('homePage.manager.communicationsNote')}
            icon={<MessageOutlined />}
            color="#13c2c2"
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            testId="home-kpi-risk"
            title={t('homePage.manager.atRisk')}
            value={format.number(projectsAtRisk.length)}
            footnote={t('homePage.manager.atRiskNote')}
            icon={<WarningOutlined />}
            color="#fa8c16"
            to={modulePaths.projects}
          />
        </Col>
        <Col xs={24} xl={14}>
          <ManagerTasksCard tasks={myTasks} />
        </Col>
        <Col xs={24} xl={10}>
          <ProjectsAtRiskCard projects={projectsAtRisk} />
        </Col>
        <Col xs={24} xl={16}>
          <RecentCommunicationsCard communications={recentCommunications} />
        </Col>
        <Col xs={24} xl={8}>
          <MyFiguresCard figures={figures} />
        </Col>
      </Row>
    </div>
  );
}
