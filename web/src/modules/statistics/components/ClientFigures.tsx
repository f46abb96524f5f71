import { Col, Row } from 'antd';
import type { ClientStatistics } from '@crm/contracts';
import { builtInClientStatuses } from '@crm/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { DonutChart } from '../charts/DonutChart';
import { HBarChart } from '../charts/HBarChart';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { clientStatusColors, colorOf, paletteColor, sourceColors } from '../palette';
import type { Interval } from '../series';
import { chartPeriods, fillCounts, formatPeriod } from '../series';
import type { Labels } from '../useLabels';
import type { FigureColumn } from './ChartCard';
import { ChartCard } from './ChartCard';
import { useShareColumn } from './useShareColumn';

export interface ClientFiguresProps {
  data: ClientStatistics | undefined;
  loading: boolean;
  labels: Labels;
  range: { from?: string; to?: string };
  interval: Interval;
  today: string;
  fileFor: (slug: string) => string;
}

interface KeyedRow {
  key: string;
  label: string;
  count: number;
  color: string;
}

/** Clients by status, source, manager, VIP share, and new clients per period. */
export function ClientFigures({
  data,
  loading,
  labels,
  range,
  interval,
  today,
  fileFor,
}: ClientFiguresProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === 'uk' ? 'uk' : 'en';
  const total = data?.total ?? 0;
  const share = useShareColumn<KeyedRow>(total, (row) => row.count);

  const statusOrder = (key: string) => {
    const index = (builtInClientStatuses as readonly string[]).indexOf(key);
    return index === -1 ? builtInClientStatuses.length : index;
  };
  const byStatus: KeyedRow[] = [...(data?.byStatus ?? [])]
    .sort((a, b) => statusOrder(a.key) - statusOrder(b.key))
    .map((item, index) => ({
      key: item.key,
      label: labels.clientStatus(item.key),
      count: item.count,
      color: colorOf(clientStatusColors, item.key, index),
    }));
  const bySource: KeyedRow[] = (data?.bySource ?? []).map((item, index) => ({
    key: item.key,
    label: labels.source(item.key),
    count: item.count,
    color: colorOf(sourceColors, item.key, index),
  }));
  const byManager: KeyedRow[] = (data?.byManager ?? []).map((item, index) => ({
    key: item.managerId ?? 'none',
    label: labels.person(item),
    count: item.count,
    color: item.managerId ? paletteColor(index) : '#bfbfbf',
  }));
  const vip = data?.vip ?? 0;
  const vipRows: KeyedRow[] =
    data && total > 0
      ? [
          { key: 'vip', label: t('statistics.labels.vip'), count: vip, color: '#faad14' },
          {
            key: 'regular',
            label: t('statistics.labels.regular'),
            count: Math.max(0, total - vip),
            color: '#d6e4ff',
          },
        ]
      : [];
  const periods = chartPeriods(
    (data?.newPerPeriod ?? []).map((point) => point.period),
    range,
    interval,
    today,
  );
  const newPerPeriod = fillCounts(data?.newPerPeriod ?? [], periods);

  const countColumn: FigureColumn<KeyedRow> = {
    key: 'count',
    title: t('statistics.columns.clients'),
    value: (row) => row.count,
    numeric: true,
  };
  const keyedColumns = (title: string): FigureColumn<KeyedRow>[] => [
    { key: 'label', title, value: (row) => row.label },
    countColumn,
    share,
  ];
  const periodColumns: FigureColumn<{ period: string; count: number }>[] = [
    {
      key: 'period',
      title: t(`statistics.columns.${interval}`),
      value: (row) => row.period,
      render: (row) => formatPeriod(row.period, language),
    },
    {
      key: 'count',
      title: t('statistics.columns.newClients'),
      value: (row) => row.count,
      numeric: true,
    },
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12} xxl={8}>
        <ChartCard
          id="clients-by-status"
          title={t('statistics.charts.clientsByStatus.title')}
          description={t('statistics.charts.clientsByStatus.description')}
          columns={keyedColumns(t('statistics.columns.status'))}
          rows={byStatus}
          rowKey={(row) => row.key}
          fileName={fileFor('clients-by-status')}
          loading={loading}
        >
          <DonutChart
            data={byStatus.map((row) => ({ ...row, value: row.count }))}
            centerLabel={t('statistics.labels.clients')}
          />
        </ChartCard>
      </Col>
      <Col xs={24} lg={12} xxl={8}>
        <ChartCard
          id="clients-by-source"
          title={t('statistics.charts.clientsBySource.title')}
          description={t('statistics.charts.clientsBySource.description')}
          columns={keyedColumns(t('statistics.columns.source'))}
          rows={bySource}
          rowKey={(row) => row.key}
          fileName={fileFor('clients-by-source')}
          loading={loading}
        >
          <HBarChart
            data={bySource.map((row) => ({ ...row, value: row.count }))}
            formatValue={format.number}
            valueName={t('statistics.columns.clients')}
            labelWidth={140}
          />
        </ChartCard>
      </Col>
      <Col xs={24} lg={12} xxl={8}>
        <ChartCard
          id="clients-vip"
          title={t('statistics.charts.vipShare.title')}
          description={t('statistics.charts.vipShare.description')}
          columns={keyedColumns(t('statistics.columns.group'))}
          rows={vipRows}
          rowKey={(row) => row.key}
          fileName={fileFor('clients-vip-share')}
          loading={loading}
        >
          <DonutChart
            data={vipRows.map((row) => ({ ...row, value: row.count }))}
            centerValue={
              total > 0 ? `${format.number(Math.round((vip / total) * 1000) / 10)}%` : '—'
            }
            centerLabel={t('statistics.labels.vip')}
          />
        </ChartCard>
      </Col>
      <Col xs={24} lg={12} xxl={12}>
        <ChartCard
          id="clients-new"
          title={t('statistics.charts.newClients.title')}
          description={t(`statistics.charts.newClients.description.${interval}`)}
          columns={periodColumns}
          rows={newPerPeriod}
          rowKey={(row) => row.period}
          fileName={fileFor(`new-clients-per-${interval}`)}
          loading={loading}
        >
          <TimeSeriesChart
            kind="bar"
            rows={newPerPeriod}
            series={[{ key: 'count', label: t('statistics.columns.newClients'), color: '#2f54eb' }]}
            formatPeriod={(period, short) => formatPeriod(period, language, short)}
            formatValue={format.number}
            height={260}
          />
        </ChartCard>
      </Col>
      <Col xs={24} lg={24} xxl={12}>
        <ChartCard
          id="clients-by-manager"
          title={t('statistics.charts.clientsByManager.title')}
          description={t('statistics.charts.clientsByManager.description')}
          columns={keyedColumns(t('statistics.columns.manager'))}
          rows={byManager}
          rowKey={(row) => row.key}
          fileName={fileFor('clients-by-manager')}
          loading={loading}
        >
          <HBarChart
            data={byManager.map((row) => ({ ...row, value: row.count }))}
            formatValue={format.number}
            valueName={t('statistics.columns.clients')}
            labelWidth={150}
          />
        </ChartCard>
      </Col>
    </Row>
  );
}
