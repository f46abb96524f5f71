import type { QueryValue } from '../../api/httpClient';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export interface ListConfig<F extends string = string> {
  /** Fields the API can sort by; anything else in the URL is dropped instead of causing a 400. */
  sortFields: readonly string[];
  /** The API's own default sort, left out of the URL. */
  defaultSort?: string;
  /** Filters and, where they are enumerations, their allowed values. */
  filters?: { [K in F]: readonly string[] | null };
  defaultPageSize?: number;
}

export interface ListState<F extends string = string> {
  page: number;
  pageSize: number;
  search: string;
  /** `field` or `-field`; `undefined` means the API's default order. */
  sort: string | undefined;
  filters: Partial<Record<F, string>>;
}

function filterKeys<F extends string>(config: ListConfig<F>): F[] {
  return Object.keys(config.filters ?? {}) as F[];
}

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= 1_000_000 ? n : undefined;
}

/** Reads list state from the URL, dropping whatever the API would refuse. */
export function readListState<F extends string>(
  params: URLSearchParams,
  config: ListConfig<F>,
): ListState<F> {
  const defaultPageSize = config.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  const pageSize = positiveInt(params.get('pageSize'));
  const sort = params.get('sort') ?? undefined;
  const sortField = sort?.startsWith('-') ? sort.slice(1) : sort;
  const filters: Partial<Record<F, string>> = {};
  for (const key of filterKeys(config)) {
    const value = params.get(key);
    const allowed = config.filters?.[key];
    if (value && (!allowed || allowed.includes(value))) filters[key] = value;
  }
  return {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize:
      pageSize && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : defaultPageSize,
    search: params.get('search')?.trim() ?? '',
    sort: sortField && config.sortFields.includes(sortField) ? sort : undefined,
    filters,
  };
}

/** Writes list state to URL parameters; defaults are left out so URLs stay short. */
export function writeListState<F extends string>(
  state: ListState<F>,
  config: ListConfig<F>,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | undefined) => {
    if (value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  };
  set('search', state.search.trim());
  set('sort', state.sort === config.defaultSort ? undefined : state.sort);
  set('page', state.page > 1 ? String(state.page) : undefined);
  const defaultPageSize = config.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  set('pageSize', state.pageSize === defaultPageSize ? undefined : String(state.pageSize));
  for (const key of filterKeys(config)) set(key, state.filters[key]);
  return params;
}

export type ListPatch<F extends string> = Partial<Omit<ListState<F>, 'filters'>> & {
  filters?: Partial<Record<F, string | undefined>>;
};

/** Applies a change; any change other than paging starts again from page 1. */
export function patchListState<F extends string>(
  state: ListState<F>,
  patch: ListPatch<F>,
): ListState<F> {
  const filters = { ...state.filters };
  for (const [key, value] of Object.entries(patch.filters ?? {}) as [F, string | undefined][]) {
    if (value === undefined || value === '') delete filters[key];
    else filters[key] = value;
  }
  const narrows =
    patch.search !== undefined ||
    patch.sort !== undefined ||
    patch.pageSize !== undefined ||
    patch.filters !== undefined;
  return {
    ...state,
    ...patch,
    filters,
    page: patch.page ?? (narrows ? 1 : state.page),
  };
}

/** The list endpoint's query parameters. */
export function toApiQuery<F extends string>(state: ListState<F>): Record<string, QueryValue> {
  return {
    page: state.page,
    pageSize: state.pageSize,
    search: state.search || undefined,
    sort: state.sort,
    ...state.filters,
  };
}

export function hasActiveFilters<F extends string>(state: ListState<F>): boolean {
  return state.search !== '' || Object.values(state.filters).some(Boolean);
}

/** AntD's sort order for a column of the given field. */
export function sortOrderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

export function sortFrom(field: string, order: 'ascend' | 'descend' | null | undefined) {
  if (!order) return undefined;
  return order === 'descend' ? `-${field}` : field;
}
