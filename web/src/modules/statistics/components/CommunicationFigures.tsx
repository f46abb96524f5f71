import { Col, Row } from 'antd';
import type { CommunicationStatistics } from '@crm/contracts';
import { channels, directions } from '@crm/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { HBarChart } from '../charts/HBarChart';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { channelColors, colorOf, directionColors, paletteColor } from '../palette';
import type { Interval, PivotRow } from '../series';
import { chartPeriods, formatPeriod, pivotSeries } from '../series';
import type { Labels } from '../useLabels';
import type { FigureColumn } from './ChartCard';
import { ChartCard } from './ChartCard';
import { useShareColumn } from './useShareColumn';

export interface CommunicationFiguresProps {
  data: CommunicationStatistics | undefined;
  loading: boolean;
  labels: Labels;
  range: { from?: string; to?: string };
  interval: Interval;
  today: string;
  fileFor: (slug: string) => string;
}

interface ManagerRow {
  key: string;
  label: string;
  count: number;
  color: string;
}

/** Communications over time by channel and by direction, and per manager. */
export function CommunicationFigures({
  data,
  loading,
  labels,
  range,
  interval,
  today,
  fileFor,
}: CommunicationFiguresProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === 'uk' ? 'uk' : 'en';
  const series = data?.series ?? [];
  const periods = chartPeriods(
    series.map((point) => point.period),
    range,
    interval,
    today,
  );
  const byChannel = pivotSeries(series, 'channel', periods, channels);
  const byDirection = pivotSeries(series, 'direction', periods, directions);
  const byManager: ManagerRow[] = (data?.byManager ?? []).map((item, index) => ({
    key: item.managerId ?? 'none',
    label: labels.person(item),
    count: item.count,
    color: item.managerId ? paletteColor(index) : '#bfbfbf',
  }));
  const managerShare = useShareColumn<ManagerRow>(data?.total ?? 0, (row) => row.count);

  const periodColumn: FigureColumn<PivotRow> = {
    key: 'period',
    title: t(`statistics.columns.${interval}`),
    value: (row) => row.period,
    render: (row) => formatPeriod(row.period, language),
  };
  const pivotColumns = (
    keys: string[],
    label: (key: string) => string,
  ): FigureColumn<PivotRow>[] => [
    periodColumn,
    ...keys.map((key) => ({
      key,
      title: label(key),
      value: (row: PivotRow) => Number(row[key] ?? 0),
      numeric: true,
    })),
    {
      key: 'total',
      title: t('statistics.columns.total'),
      value: (row: PivotRow) => keys.reduce((sum, key) => sum + Number(row[key] ?? 0), 0),
      numeric: true,
    },
  ];
  const periodLabel = (period: string, short?: boolean) => formatPeriod(period, language, short);

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <ChartCard
          id="communications-by-channel"
          title={t('statistics.charts.communicationsByChannel.title')}
          description={t(`statistics.charts.communicationsByChannel.description.${interval}`)}
          columns={pivotColumns(byChannel.keys, labels.channel)}
          rows={byChannel.rows}
          rowKey={(row) => row.period}
          fileName={fileFor(`communications-by-channel-per-${interval}`)}
          loading={loading}
          height={320}
        >
          <TimeSeriesChart
            kind="stackedBar"
            rows={byChannel.rows}
            series={byChannel.keys.map((key, index) => ({
              key,
              label: labels.channel(key),
              color: colorOf(channelColors, key, index),
            }))}
            formatPeriod={periodLabel}
            formatValue={format.number}
            height={320}
          />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          id="communications-by-direction"
          title={t('statistics.charts.communicationsByDirection.title')}
          description={t('statistics.charts.communicationsByDirection.description')}
          columns={pivotColumns(byDirection.keys, labels.direction)}
          rows={byDirection.rows}
          rowKey={(row) => row.period}
          fileName={fileFor(`communications-by-direction-per-${interval}`)}
          loading={loading}
        >
          <TimeSeriesChart
            kind="area"
            rows={byDirection.rows}
            series={byDirection.keys.map((key, index) => ({
              key,
              label: labels.direction(key),
              color: colorOf(directionColors, key, index),
            }))}
            formatPeriod={periodLabel}
            formatValue={format.number}
            height={280}
          />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          id="communications-by-manager"
          title={t('statistics.charts.communicationsByManager.title')}
          description={t('statistics.charts.communicationsByManager.description')}
          columns={[
            { key: 'label', title: t('statistics.columns.author'), value: (row) => row.label },
            {
              key: 'count',
              title: t('statistics.columns.communications'),
              value: (row) => row.count,
              numeric: true,
            },
            managerShare,
          ]}
          rows={byManager}
          rowKey={(row) => row.key}
          fileName={fileFor('communications-by-manager')}
          loading={loading}
        >
          <HBarChart
            data={byManager.map((row) => ({ ...row, value: row.count }))}
            formatValue={format.number}
            valueName={t('statistics.columns.communications')}
            labelWidth={150}
          />
        </ChartCard>
      </Col>
    </Row>
  );
}
