import {
  BankOutlined,
  CheckSquareOutlined,
  MessageOutlined,
  ProjectOutlined,
} from '@ant-design/icons';
import { Col, Row } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionTitle } from '../../../ui/SectionTitle';
import { StatCard } from '../../../ui/StatCard';
import { useFormat } from '../../../ui/useFormat';
import { ClientFigures } from '../components/ClientFigures';
import { CommunicationFigures } from '../components/CommunicationFigures';
import { DeliveryFigures } from '../components/DeliveryFigures';
import { StatisticsFilterBar } from '../components/StatisticsFilterBar';
import { csvFileName } from '../csv';
import {
  useClientStatistics,
  useClientStatuses,
  useCommunicationStatistics,
  useDeliveryStatistics,
  useStatisticsFilters,
} from '../statistics.queries';
import { useLabels } from '../useLabels';

/** Figures and charts about clients, communications and delivery, for managers and admins. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters, setFilters } = useStatisticsFilters();
  const clients = useClientStatistics(filters);
  const communications = useCommunicationStatistics(filters);
  const delivery = useDeliveryStatistics(filters);
  const statuses = useClientStatuses();
  const labels = useLabels(statuses.data);
  const today = dayjs().format('YYYY-MM-DD');
  const range = { from: filters.from, to: filters.to };

  const { from, to } = filters;
  const fileFor = useCallback(
    (slug: string) => csvFileName([slug, from, to].filter(Boolean)),
    [from, to],
  );

  const error = clients.error ?? communications.error ?? delivery.error;
  const updating =
    (clients.isPlaceholderData || communications.isPlaceholderData || delivery.isPlaceholderData) &&
    (clients.isFetching || communications.isFetching || delivery.isFetching);

  const c = clients.data;
  const m = communications.data;
  const d = delivery.data;
  const projectsTotal = d?.projectsByStatus.reduce((sum, item) => sum + item.count, 0);
  const incoming = m?.byDirection.find((item) => item.key === 'incoming')?.count ?? 0;
  const outgoing = m?.byDirection.find((item) => item.key === 'outgoing')?.count ?? 0;
  const activeProjects = d?.projectsByStatus.find((item) => item.key === 'active')?.count ?? 0;

  return (
    <div
      data-testid="statistics-page"
      style={{ opacity: updating ? 0.7 : 1, transition: 'opacity .2s' }}
    >
      <PageHeader title={t('statistics.title')} subtitle={t('statistics.subtitle')} />
      <StatisticsFilterBar filters={filters} onChange={setFilters} updating={updating} />

      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            void clients.refetch();
            void communications.refetch();
            void delivery.refetch();
          }}
        />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
            <Col xs={24} sm={12} xl={6}>
              <StatCard
                testId="kpi-clients"
                title={t('statistics.kpi.clients')}
                value={c ? format.number(c.total) : '—'}
                footnote={
                  c &&
                  t('statistics.kpi.clientsVip', { count: c.vip, formatted: format.number(c.vip) })
                }
                icon={<BankOutlined />}
                loading={clients.isLoading}
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <StatCard
                testId="kpi-communications"
                title={t('statistics.kpi.communications')}
                value={m ? format.number(m.total) : '—'}
                footnote={
                  m &&
                  t('statistics.kpi.communicationsSplit', {
                    incoming: format.number(incoming),
                    outgoing: format.number(outgoing),
                  })
                }
                icon={<MessageOutlined />}
                color="#13c2c2"
                loading={communications.isLoading}
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <StatCard
                testId="kpi-projects"
                title={t('statistics.kpi.projects')}
                value={projectsTotal === undefined ? '—' : format.number(projectsTotal)}
                footnote={
                  d &&
                  t('statistics.kpi.projectsActive', { formatted: format.number(activeProjects) })
                }
                icon={<ProjectOutlined />}
                color="#722ed1"
                loading={delivery.isLoading}
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <StatCard
                testId="kpi-tasks"
                title={t('statistics.kpi.tasks')}
                value={d ? format.number(d.tasks.total) : '—'}
                footnote={
                  d &&
                  t('statistics.kpi.tasksSplit', {
                    done: format.number(d.tasks.done),
                    overdue: format.number(d.tasks.overdue),
                  })
                }
                icon={<CheckSquareOutlined />}
                color={d && d.tasks.overdue > 0 ? '#f5222d' : '#52c41a'}
                loading={delivery.isLoading}
              />
            </Col>
          </Row>

          <SectionTitle icon={<BankOutlined />}>{t('statistics.sections.clients')}</SectionTitle>
          <ClientFigures
            data={c}
            loading={clients.isLoading}
            labels={labels}
            range={range}
            interval={filters.interval}
            today={today}
            fileFor={fileFor}
          />

          <div style={{ height: 24 }} />
          <SectionTitle icon={<MessageOutlined />}>
            {t('statistics.sections.communications')}
          </SectionTitle>
          <CommunicationFigures
            data={m}
            loading={communications.isLoading}
            labels={labels}
            range={range}
            interval={filters.interval}
            today={today}
            fileFor={fileFor}
          />

          <div style={{ height: 24 }} />
          <SectionTitle icon={<ProjectOutlined />}>
            {t('statistics.sections.delivery')}
          </SectionTitle>
          <DeliveryFigures
            data={d}
            loading={delivery.isLoading}
            labels={labels}
            fileFor={fileFor}
          />
        </>
      )}
    </div>
  );
}
