import type { Interval } from './series';

/** What every figure on the statistics page is filtered by; lives in the URL. */
export interface StatisticsFilters {
  from?: string;
  to?: string;
  managerId?: string;
  interval: Interval;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[\w-]{1,64}$/;

function day(value: string | null): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  return Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? undefined : value;
}

/** Reads the filters from the URL, dropping whatever the API would refuse with a 400. */
export function readStatisticsFilters(params: URLSearchParams): StatisticsFilters {
  let from = day(params.get('from'));
  let to = day(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  const managerId = params.get('managerId') ?? undefined;
  return {
    from,
    to,
    managerId: managerId && ID.test(managerId) ? managerId : undefined,
    interval: params.get('interval') === 'week' ? 'week' : 'month',
  };
}

/** Writes the filters into the URL; defaults stay out of it. Other parameters are kept. */
export function writeStatisticsFilters(
  filters: StatisticsFilters,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
    else params.delete(key);
  };
  set('from', filters.from);
  set('to', filters.to);
  set('managerId', filters.managerId);
  set('interval', filters.interval === 'month' ? undefined : filters.interval);
  return params;
}

/** The API query of one statistics endpoint. */
export function toStatisticsQuery(filters: StatisticsFilters): Record<string, string | undefined> {
  return {
    from: filters.from,
    to: filters.to,
    managerId: filters.managerId,
    interval: filters.interval,
  };
}

export function hasNarrowingFilters(filters: StatisticsFilters): boolean {
  return Boolean(filters.from || filters.to || filters.managerId);
}
