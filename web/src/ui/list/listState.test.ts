import type { ListConfig } from './listState';
import {
  hasActiveFilters,
  patchListState,
  readListState,
  sortFrom,
  sortOrderOf,
  toApiQuery,
  writeListState,
} from './listState';

const config: ListConfig<'role' | 'isActive'> = {
  sortFields: ['username', 'lastName', 'createdAt'],
  defaultSort: 'lastName',
  filters: { role: ['admin', 'manager', 'developer'], isActive: ['true', 'false'] },
};

const read = (qs: string) => readListState(new URLSearchParams(qs), config);

describe('list URL state', () => {
  it('has defaults for an empty query string', () => {
    expect(read('')).toEqual({ page: 1, pageSize: 25, search: '', sort: undefined, filters: {} });
  });

  it('reads every part', () => {
    expect(
      read('page=3&pageSize=50&search=%20olena%20&sort=-createdAt&role=manager&isActive=false'),
    ).toEqual({
      page: 3,
      pageSize: 50,
      search: 'olena',
      sort: '-createdAt',
      filters: { role: 'manager', isActive: 'false' },
    });
  });

  it('drops values the API would refuse with a 400', () => {
    expect(read('page=0&pageSize=1000&sort=-password&role=root&isActive=yes')).toEqual({
      page: 1,
      pageSize: 25,
      search: '',
      sort: undefined,
      filters: {},
    });
    expect(read('page=abc&pageSize=7').page).toBe(1);
  });

  it('writes only what differs from the defaults, keeping foreign parameters', () => {
    const state = read('');
    expect(writeListState(state, config).toString()).toBe('');
    const params = writeListState(
      { ...state, page: 2, sort: '-username', search: 'ivan', filters: { role: 'admin' } },
      config,
      new URLSearchParams('tab=history'),
    );
    expect(Object.fromEntries(params)).toEqual({
      tab: 'history',
      search: 'ivan',
      sort: '-username',
      page: '2',
      role: 'admin',
    });
  });

  it('round-trips through the URL', () => {
    const qs = 'search=k&sort=username&page=4&pageSize=10&role=developer&isActive=true';
    const state = read(qs);
    expect(read(writeListState(state, config).toString())).toEqual(state);
  });

  it('goes back to page 1 when the search, sort or a filter changes, not when paging', () => {
    const state = read('page=5&role=admin');
    expect(patchListState(state, { search: 'x' }).page).toBe(1);
    expect(patchListState(state, { filters: { role: undefined } })).toMatchObject({
      page: 1,
      filters: {},
    });
    expect(patchListState(state, { sort: '-createdAt' }).page).toBe(1);
    expect(patchListState(state, { page: 6 }).page).toBe(6);
  });

  it('builds the API query and knows when filters are active', () => {
    const state = read('search=a&role=admin');
    expect(toApiQuery(state)).toEqual({
      page: 1,
      pageSize: 25,
      search: 'a',
      sort: undefined,
      role: 'admin',
    });
    expect(hasActiveFilters(state)).toBe(true);
    expect(hasActiveFilters(read('sort=username'))).toBe(false);
  });

  it('converts between AntD sort orders and the sort parameter', () => {
    expect(sortOrderOf('-createdAt', 'createdAt')).toBe('descend');
    expect(sortOrderOf('createdAt', 'createdAt')).toBe('ascend');
    expect(sortOrderOf('username', 'createdAt')).toBeNull();
    expect(sortFrom('email', 'descend')).toBe('-email');
    expect(sortFrom('email', undefined)).toBeUndefined();
  });
});
