import { Col, Flex, Progress, Row, Tag, Typography } from 'antd';
import type { DeliveryStatistics } from '@crm/contracts';
import { projectStatuses } from '@crm/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modulePaths } from '../../../app/paths';
import { useFormat } from '../../../ui/useFormat';
import { DonutChart } from '../charts/DonutChart';
import { HBarChart } from '../charts/HBarChart';
import {
  colorOf,
  overBudgetColor,
  projectStatusColors,
  taskColors,
  withinBudgetColor,
} from '../palette';
import type { Labels } from '../useLabels';
import type { FigureColumn } from './ChartCard';
import { ChartCard } from './ChartCard';
import { useShareColumn } from './useShareColumn';

export interface DeliveryFiguresProps {
  data: DeliveryStatistics | undefined;
  loading: boolean;
  labels: Labels;
  fileFor: (slug: string) => string;
}

interface KeyedRow {
  key: string;
  label: string;
  count: number;
  color: string;
}

type BudgetRow = DeliveryStatistics['budgetUse'][number];

/** Whole percent with one decimal, from the API's ratio (display only, never summed). */
const percentOfBudget = (use: number) => Math.round(use * 1000) / 10;

/** Projects by status, tasks done / open / overdue, and budget use per project. */
export function DeliveryFigures({ data, loading, labels, fileFor }: DeliveryFiguresProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const statusOrder = (key: string) => (projectStatuses as readonly string[]).indexOf(key);
  const byStatus: KeyedRow[] = [...(data?.projectsByStatus ?? [])]
    .sort((a, b) => statusOrder(a.key) - statusOrder(b.key))
    .map((item, index) => ({
      key: item.key,
      label: labels.projectStatus(item.key),
      count: item.count,
      color: colorOf(projectStatusColors, item.key, index),
    }));
  const projectsTotal = byStatus.reduce((sum, row) => sum + row.count, 0);
  const projectShare = useShareColumn<KeyedRow>(projectsTotal, (row) => row.count);

  const tasks = data?.tasks;
  const taskRows: KeyedRow[] = tasks
    ? (['done', 'open', 'overdue'] as const).map((key) => ({
        key,
        label: t(`statistics.labels.tasks.${key}`),
        count: tasks[key],
        color: taskColors[key],
      }))
    : [];
  const taskShare = useShareColumn<KeyedRow>(tasks?.total ?? 0, (row) => row.count);
  const donePercent = tasks && tasks.total > 0 ? Math.round((tasks.done / tasks.total) * 100) : 0;

  const budgetRows = data?.budgetUse ?? [];
  const overCount = budgetRows.filter((row) => row.over).length;
  const budgetColumns: FigureColumn<BudgetRow>[] = [
    {
      key: 'project',
      title: t('statistics.columns.project'),
      value: (row) => row.name,
      render: (row) => (
        <Link to={`${modulePaths.projects}/${encodeURIComponent(row.projectId)}`}>{row.name}</Link>
      ),
    },
    { key: 'client', title: t('statistics.columns.client'), value: (row) => row.clientName },
    {
      key: 'budget',
      title: t('statistics.columns.budget'),
      value: (row) => row.budget.amount,
      render: (row) => format.money(row.budget),
      numeric: true,
    },
    {
      key: 'tasksBudget',
      title: t('statistics.columns.tasksBudget'),
      value: (row) => row.tasksBudget.amount,
      render: (row) => format.money(row.tasksBudget),
      numeric: true,
    },
    {
      key: 'currency',
      title: t('statistics.columns.currency'),
      value: (row) => row.budget.currency,
    },
    {
      key: 'use',
      title: t('statistics.columns.use'),
      value: (row) => percentOfBudget(row.use),
      render: (row) => (
        <Typography.Text type={row.over ? 'danger' : undefined} strong={row.over}>
          {format.number(percentOfBudget(row.use))}%
        </Typography.Text>
      ),
      numeric: true,
    },
    {
      key: 'state',
      title: t('statistics.columns.budgetState'),
      value: (row) => (row.over ? t('statistics.labels.over') : t('statistics.labels.within')),
      render: (row) =>
        row.over ? (
          <Tag color="red">{t('statistics.labels.over')}</Tag>
        ) : (
          <Tag color="blue">{t('statistics.labels.within')}</Tag>
        ),
    },
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <ChartCard
          id="projects-by-status"
          title={t('statistics.charts.projectsByStatus.title')}
          description={t('statistics.charts.projectsByStatus.description')}
          columns={[
            { key: 'label', title: t('statistics.columns.status'), value: (row) => row.label },
            {
              key: 'count',
              title: t('statistics.columns.projects'),
              value: (row) => row.count,
              numeric: true,
            },
            projectShare,
          ]}
          rows={byStatus}
          rowKey={(row) => row.key}
          fileName={fileFor('projects-by-status')}
          loading={loading}
        >
          <DonutChart
            data={byStatus.map((row) => ({ ...row, value: row.count }))}
            centerLabel={t('statistics.labels.projects')}
          />
        </ChartCard>
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          id="tasks"
          title={t('statistics.charts.tasks.title')}
          description={t('statistics.charts.tasks.description')}
          columns={[
            { key: 'label', title: t('statistics.columns.state'), value: (row) => row.label },
            {
              key: 'count',
              title: t('statistics.columns.tasks'),
              value: (row) => row.count,
              numeric: true,
            },
            taskShare,
          ]}
          rows={taskRows}
          rowKey={(row) => row.key}
          fileName={fileFor('tasks')}
          loading={loading}
          summary={
            tasks && (
              <Flex align="center" gap={16} style={{ marginBottom: 8 }}>
                <Progress
                  type="circle"
                  percent={donePercent}
                  size={64}
                  strokeColor={taskColors.done}
                  format={(percent) => `${percent ?? 0}%`}
                />
                <div>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {t('statistics.charts.tasks.doneOf', {
                      done: format.number(tasks.done),
                      total: format.number(tasks.total),
                    })}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t('statistics.charts.tasks.overdueNote', {
                      count: tasks.overdue,
                      formatted: format.number(tasks.overdue),
                    })}
                  </Typography.Text>
                </div>
              </Flex>
            )
          }
        >
          <HBarChart
            data={taskRows.map((row) => ({ ...row, value: row.count }))}
            formatValue={format.number}
            valueName={t('statistics.columns.tasks')}
            labelWidth={110}
          />
        </ChartCard>
      </Col>
      <Col span={24}>
        <ChartCard
          id="budget-use"
          title={t('statistics.charts.budgetUse.title')}
          description={t('statistics.charts.budgetUse.description', { count: overCount })}
          columns={budgetColumns}
          rows={budgetRows}
          rowKey={(row) => row.projectId}
          fileName={fileFor('budget-use')}
          loading={loading}
          height={420}
        >
          <HBarChart
            data={budgetRows.map((row) => ({
              key: row.projectId,
              label: row.name,
              value: percentOfBudget(row.use),
              color: row.over ? overBudgetColor : withinBudgetColor,
            }))}
            formatValue={(value) => `${format.number(value)}%`}
            valueName={t('statistics.columns.use')}
            labelWidth={220}
            reference={{ value: 100, label: t('statistics.labels.budgetLine') }}
          />
        </ChartCard>
      </Col>
    </Row>
  );
}
