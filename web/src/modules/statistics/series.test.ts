import {
  chartPeriods,
  fillCounts,
  formatPeriod,
  MAX_PERIODS,
  periodOf,
  periodsBetween,
  pivotSeries,
} from './series';

describe('periodOf', () => {
  it('names months and weeks like the API does', () => {
    expect(periodOf('2026-03-15', 'month')).toBe('2026-03');
    // 2026-03-15 is a Sunday: its week starts on Monday the 9th.
    expect(periodOf('2026-03-15', 'week')).toBe('2026-03-09');
    expect(periodOf('2026-03-09', 'week')).toBe('2026-03-09');
    expect(periodOf('2026-01-01', 'week')).toBe('2025-12-29');
  });
});

describe('periodsBetween', () => {
  it('walks months across a year end', () => {
    expect(periodsBetween('2025-11-20', '2026-02-01', 'month')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('walks weeks by their Mondays', () => {
    expect(periodsBetween('2026-03-04', '2026-03-20', 'week')).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
  });

  it('stops at a sane number of periods', () => {
    expect(periodsBetween('1990-01-01', '2026-01-01', 'week')).toHaveLength(MAX_PERIODS);
  });
});

describe('chartPeriods', () => {
  it('spans the chosen range', () => {
    expect(
      chartPeriods([], { from: '2026-01-10', to: '2026-03-01' }, 'month', '2026-11-01'),
    ).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('without a range, runs from the first period with data to today', () => {
    expect(chartPeriods(['2026-09', '2026-08'], {}, 'month', '2026-11-05')).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(chartPeriods([], {}, 'month', '2026-11-05')).toEqual([]);
  });
});

describe('fillCounts', () => {
  it('puts zeros where the API left periods out', () => {
    expect(
      fillCounts(
        [
          { period: '2026-01', count: 2 },
          { period: '2026-03', count: 1 },
        ],
        ['2026-01', '2026-02', '2026-03'],
      ),
    ).toEqual([
      { period: '2026-01', count: 2 },
      { period: '2026-02', count: 0 },
      { period: '2026-03', count: 1 },
    ]);
  });
});

describe('pivotSeries', () => {
  const series = [
    { period: '2026-01', channel: 'phone', direction: 'incoming', count: 2 },
    { period: '2026-01', channel: 'email', direction: 'outgoing', count: 3 },
    { period: '2026-01', channel: 'email', direction: 'incoming', count: 1 },
    { period: '2026-03', channel: 'carrierPigeon', direction: 'outgoing', count: 1 },
  ];

  it('makes one row per period and one column per channel, in the given order', () => {
    const { rows, keys } = pivotSeries(
      series,
      'channel',
      ['2026-01', '2026-02', '2026-03'],
      ['email', 'phone', 'meeting'],
    );
    expect(keys).toEqual(['email', 'phone', 'carrierPigeon']);
    expect(rows).toEqual([
      { period: '2026-01', email: 4, phone: 2, carrierPigeon: 0 },
      { period: '2026-02', email: 0, phone: 0, carrierPigeon: 0 },
      { period: '2026-03', email: 0, phone: 0, carrierPigeon: 1 },
    ]);
  });

  it('sums over the other dimension', () => {
    const { rows, keys } = pivotSeries(series, 'direction', ['2026-01'], ['incoming', 'outgoing']);
    expect(keys).toEqual(['incoming', 'outgoing']);
    expect(rows).toEqual([{ period: '2026-01', incoming: 3, outgoing: 3 }]);
  });
});

describe('formatPeriod', () => {
  it('labels months and weeks per language', () => {
    expect(formatPeriod('2026-03', 'en')).toBe('Mar 2026');
    expect(formatPeriod('2026-03-09', 'en')).toBe('Mar 9, 2026');
    expect(formatPeriod('2026-03', 'uk')).toMatch(/^бер\.? 2026( р\.)?$/);
    expect(formatPeriod('2026-03-09', 'en', true)).toBe('Mar 9');
    expect(formatPeriod('2026-03', 'en', true)).toBe('Mar 2026');
  });
});
