import type { Language } from '../../app/i18n';
import { intlLocale } from '../../app/i18n';

export type Interval = 'week' | 'month';

const DAY_MS = 86_400_000;
/** Enough for ten years of weeks; a longer range is cut rather than freezing the page. */
export const MAX_PERIODS = 520;

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The bucket a calendar day falls in, as the API names it: `YYYY-MM`, or the week's Monday. */
export function periodOf(day: string, interval: Interval): string {
  if (interval === 'month') return day.slice(0, 7);
  const date = utc(day);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return isoDay(new Date(date.getTime() - sinceMonday * DAY_MS));
}

function nextPeriod(period: string, interval: Interval): string {
  if (interval === 'week') return isoDay(new Date(utc(period).getTime() + 7 * DAY_MS));
  const [year = 0, month = 1] = period.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Every period from the one holding `first` to the one holding `last` (both `YYYY-MM-DD`). */
export function periodsBetween(first: string, last: string, interval: Interval): string[] {
  const end = periodOf(last, interval);
  const periods: string[] = [];
  for (
    let period = periodOf(first, interval);
    period <= end && periods.length < MAX_PERIODS;
    period = nextPeriod(period, interval)
  ) {
    periods.push(period);
  }
  return periods;
}

/** A period's first day, whatever the interval. */
function firstDay(period: string): string {
  return period.length === 7 ? `${period}-01` : period;
}

export interface PeriodRange {
  from?: string;
  to?: string;
}

/**
 * The periods a chart spans: the chosen range; without one, from the first period with data
 * up to today — the API leaves out empty periods, a chart must not.
 */
export function chartPeriods(
  dataPeriods: readonly string[],
  range: PeriodRange,
  interval: Interval,
  today: string,
): string[] {
  const sorted = [...dataPeriods].sort();
  const first = range.from ?? (sorted[0] ? firstDay(sorted[0]) : undefined);
  if (!first) return [];
  const lastData = sorted.at(-1);
  const last = range.to ?? (lastData && firstDay(lastData) > today ? firstDay(lastData) : today);
  return first <= last ? periodsBetween(first, last, interval) : [];
}

/** A count per period with the missing periods as zeros. */
export function fillCounts(
  points: readonly { period: string; count: number }[],
  periods: readonly string[],
): { period: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const point of points)
    counts.set(point.period, (counts.get(point.period) ?? 0) + point.count);
  return periods.map((period) => ({ period, count: counts.get(period) ?? 0 }));
}

export type PivotRow = { period: string } & Record<string, number | string>;

/**
 * Turns `[{ period, channel, direction, count }]` into one row per period with a column per
 * key of the chosen dimension (`{ period, email: 3, phone: 0, … }`), ready for a stacked chart.
 * `keys` fixes the column order; keys found in the data but not listed are appended.
 */
export function pivotSeries<D extends string>(
  series: readonly ({ period: string; count: number } & Record<D, string>)[],
  dimension: D,
  periods: readonly string[],
  keys: readonly string[],
): { rows: PivotRow[]; keys: string[] } {
  const present = new Set<string>(series.map((point) => point[dimension]));
  const columns = [
    ...keys.filter((key) => present.has(key)),
    ...[...present].filter((key) => !keys.includes(key)).sort(),
  ];
  const byPeriod = new Map<string, PivotRow>();
  for (const period of periods) {
    const row: PivotRow = { period };
    for (const key of columns) row[key] = 0;
    byPeriod.set(period, row);
  }
  for (const point of series) {
    const row = byPeriod.get(point.period);
    if (!row) continue;
    const key = point[dimension];
    row[key] = Number(row[key] ?? 0) + point.count;
  }
  return { rows: [...byPeriod.values()], keys: columns };
}

/**
 * `2026-03` → "Mar 2026"; a week → "Mar 9, 2026" (its Monday), in the interface language.
 * `short` leaves the year out of weeks, for crowded chart axes.
 */
export function formatPeriod(period: string, language: Language, short = false): string {
  const isMonth = period.length === 7;
  const date = utc(firstDay(period));
  if (Number.isNaN(date.getTime())) return period;
  return Intl.DateTimeFormat(intlLocale[language], {
    timeZone: 'UTC',
    month: 'short',
    ...(isMonth || !short ? { year: 'numeric' } : {}),
    ...(isMonth ? {} : { day: 'numeric' }),
  }).format(date);
}
