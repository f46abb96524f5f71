import { readStatisticsFilters, writeStatisticsFilters } from './statisticsFilters';

describe('statistics filters in the URL', () => {
  it('reads valid values', () => {
    expect(
      readStatisticsFilters(
        new URLSearchParams('from=2026-01-01&to=2026-03-31&managerId=abc-1&interval=week'),
      ),
    ).toEqual({ from: '2026-01-01', to: '2026-03-31', managerId: 'abc-1', interval: 'week' });
  });

  it('drops what the API would refuse and swaps a reversed range', () => {
    expect(
      readStatisticsFilters(new URLSearchParams('from=yesterday&managerId=a%20b&interval=day')),
    ).toEqual({ from: undefined, to: undefined, managerId: undefined, interval: 'month' });
    expect(
      readStatisticsFilters(new URLSearchParams('from=2026-05-01&to=2026-01-01')),
    ).toMatchObject({ from: '2026-01-01', to: '2026-05-01' });
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const params = writeStatisticsFilters(
      { from: '2026-01-01', interval: 'month', managerId: undefined },
      new URLSearchParams('view=table&managerId=old'),
    );
    expect(params.toString()).toBe('view=table&from=2026-01-01');
  });
});
