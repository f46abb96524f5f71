import { CalendarOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Segmented, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import type { Interval } from '../series';
import { useManagers } from '../statistics.queries';
import type { StatisticsFilters } from '../statisticsFilters';
import { hasNarrowingFilters } from '../statisticsFilters';

export interface StatisticsFilterBarProps {
  filters: StatisticsFilters;
  onChange: (patch: Partial<StatisticsFilters>) => void;
  /** Figures are being refreshed for a new filter. */
  updating?: boolean;
}

const DAY = 'YYYY-MM-DD';

/** The date range, manager and interval that every figure on the page follows. */
export function StatisticsFilterBar({ filters, onChange, updating }: StatisticsFilterBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const managers = useManagers();

  const today = dayjs();
  const presets: { label: string; value: [Dayjs, Dayjs] }[] = [
    { label: t('statistics.filters.presets.last30'), value: [today.subtract(29, 'day'), today] },
    {
      label: t('statistics.filters.presets.last3Months'),
      value: [today.subtract(3, 'month').add(1, 'day'), today],
    },
    {
      label: t('statistics.filters.presets.last12Months'),
      value: [today.subtract(12, 'month').add(1, 'day'), today],
    },
    { label: t('statistics.filters.presets.thisYear'), value: [today.startOf('year'), today] },
    {
      label: t('statistics.filters.presets.lastYear'),
      value: [today.subtract(1, 'year').startOf('year'), today.subtract(1, 'year').endOf('year')],
    },
  ];

  const { from, to } = filters;
  let rangeText = t('statistics.filters.allTime');
  if (from && to) {
    rangeText = t('statistics.filters.between', { from: format.date(from), to: format.date(to) });
  } else if (from) {
    rangeText = t('statistics.filters.since', { from: format.date(from) });
  } else if (to) {
    rangeText = t('statistics.filters.until', { to: format.date(to) });
  }

  const handleRange = (range: [Dayjs | null, Dayjs | null] | null) => {
    onChange({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) });
  };

  const managerOptions = (managers.data?.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.firstName} ${user.lastName}`.trim() || user.username,
  }));

  return (
    <Card styles={{ body: { padding: '14px 20px' } }} style={{ marginBottom: 20 }}>
      <Flex align="center" gap={12} wrap="wrap">
        <Flex align="center" gap={8}>
          <CalendarOutlined style={{ color: 'rgba(0,0,0,.45)' }} />
          <DatePicker.RangePicker
            value={[
              filters.from ? dayjs(filters.from) : null,
              filters.to ? dayjs(filters.to) : null,
            ]}
            onChange={handleRange}
            allowEmpty={[true, true]}
            presets={presets}
            format={format.dateInputFormat}
            placeholder={[t('statistics.filters.from'), t('statistics.filters.to')]}
            aria-label={t('statistics.filters.range')}
            data-testid="statistics-range"
            style={{ width: 280 }}
          />
        </Flex>
        <Select
          value={filters.managerId ?? null}
          onChange={(managerId: string | null) => onChange({ managerId: managerId ?? undefined })}
          options={managerOptions}
          loading={managers.isLoading}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('statistics.filters.allManagers')}
          aria-label={t('statistics.filters.manager')}
          data-testid="statistics-manager"
          style={{ width: 240 }}
        />
        <Segmented<Interval>
          value={filters.interval}
          onChange={(interval) => onChange({ interval })}
          aria-label={t('statistics.filters.interval')}
          options={[
            { value: 'month', label: t('statistics.filters.month') },
            { value: 'week', label: t('statistics.filters.week') },
          ]}
        />
        {hasNarrowingFilters(filters) && (
          <Button
            type="link"
            icon={<UndoOutlined />}
            onClick={() => onChange({ from: undefined, to: undefined, managerId: undefined })}
          >
            {t('statistics.filters.reset')}
          </Button>
        )}
        <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
          {updating ? t('statistics.filters.updating') : rangeText}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
