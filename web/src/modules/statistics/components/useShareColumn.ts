import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import type { FigureColumn } from './ChartCard';

/** Percent of the whole, one decimal; the CSV gets the number, the table adds the % sign. */
export function sharePercent(count: number, total: number): number | null {
  return total > 0 ? Math.round((count / total) * 1000) / 10 : null;
}

export function useShareColumn<R>(total: number, count: (row: R) => number): FigureColumn<R> {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    key: 'share',
    title: t('statistics.columns.share'),
    value: (row) => sharePercent(count(row), total),
    render: (row) => {
      const share = sharePercent(count(row), total);
      return share === null ? '—' : `${format.number(share)}%`;
    },
    numeric: true,
  };
}
