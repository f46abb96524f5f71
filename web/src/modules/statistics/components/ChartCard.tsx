import { BarChartOutlined, DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Segmented, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import type { CsvCell } from '../csv';
import { downloadCsv, toCsv } from '../csv';

/** A column of a figure's table view and of its CSV export. */
export interface FigureColumn<R> {
  key: string;
  /** In the interface language: it is the CSV header too. */
  title: string;
  /** The raw figure written to the CSV (and shown when there is no `render`). */
  value: (row: R) => CsvCell;
  render?: (row: R) => ReactNode;
  numeric?: boolean;
}

export interface ChartCardProps<R> {
  /** Names the card for tests and its export file. */
  id: string;
  title: string;
  description?: string;
  columns: FigureColumn<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  fileName: string;
  loading?: boolean;
  /** Height of the table view, so switching views does not make the page jump. */
  height?: number;
  /** Shown above the chart, e.g. a headline figure. */
  summary?: ReactNode;
  children: ReactNode;
}

type View = 'chart' | 'table';

/**
 * A chart with the figures behind it: a chart / table switch and a CSV download of exactly
 * what the table shows, with localized headers.
 */
export function ChartCard<R>({
  id,
  title,
  description,
  columns,
  rows,
  rowKey,
  fileName,
  loading = false,
  height = 280,
  summary,
  children,
}: ChartCardProps<R>) {
  const { t } = useTranslation();
  const format = useFormat();
  const [view, setView] = useState<View>('chart');

  const handleExport = () => {
    downloadCsv(
      fileName,
      toCsv(
        columns.map((column) => column.title),
        rows.map((row) => columns.map((column) => column.value(row))),
      ),
    );
  };

  const display = (column: FigureColumn<R>, row: R): ReactNode => {
    if (column.render) return column.render(row);
    const value = column.value(row);
    return typeof value === 'number' ? format.number(value) : value;
  };

  const tableColumns: TableColumnsType<R> = columns.map((column) => ({
    key: column.key,
    title: column.title,
    align: column.numeric ? 'right' : 'left',
    render: (_: unknown, row: R) => display(column, row),
  }));

  const empty = rows.length === 0;

  return (
    <Card
      data-testid={`figure-${id}`}
      loading={loading}
      style={{ height: '100%' }}
      styles={{ body: { paddingTop: 16 } }}
      title={
        <div style={{ padding: '12px 0', whiteSpace: 'normal' }}>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {title}
          </Typography.Text>
          {description && (
            <Typography.Text
              type="secondary"
              style={{ display: 'block', fontSize: 12, fontWeight: 400 }}
            >
              {description}
            </Typography.Text>
          )}
        </div>
      }
      extra={
        <Flex gap={8} align="center">
          <Segmented<View>
            size="small"
            value={view}
            onChange={setView}
            aria-label={t('statistics.view.label')}
            options={[
              {
                value: 'chart',
                icon: <BarChartOutlined />,
                title: t('statistics.view.chart'),
                label: <span className="sr-only">{t('statistics.view.chart')}</span>,
              },
              {
                value: 'table',
                icon: <TableOutlined />,
                title: t('statistics.view.table'),
                label: <span className="sr-only">{t('statistics.view.table')}</span>,
              },
            ]}
          />
          <Tooltip title={t('statistics.export.hint')}>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={handleExport}
              disabled={empty}
              aria-label={t('statistics.export.label', { name: title })}
            >
              CSV
            </Button>
          </Tooltip>
        </Flex>
      }
    >
      {empty ? (
        <Flex align="center" justify="center" style={{ minHeight: Math.min(height, 200) }}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('statistics.empty')} />
        </Flex>
      ) : view === 'chart' ? (
        <>
          {summary}
          {children}
        </>
      ) : (
        <Table<R>
          size="small"
          columns={tableColumns}
          dataSource={rows}
          rowKey={rowKey}
          pagination={false}
          scroll={{ y: height, x: 'max-content' }}
          data-testid={`figure-${id}-table`}
        />
      )}
    </Card>
  );
}
