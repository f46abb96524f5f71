import type { Advice, CreateAdviceRequest, UpdateAdviceRequest } from '@crm/contracts';
import { adviceSortFields } from '@crm/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListConfig } from '../../ui/list/listState';
import type { ApiListQuery } from '../../ui/list/useListQuery';
import { useListQuery } from '../../ui/list/useListQuery';
import { adviceApi } from './advice.api';

export const adviceKeys = {
  all: ['advice'] as const,
  lists: () => [...adviceKeys.all, 'list'] as const,
  list: (query: ApiListQuery) => [...adviceKeys.lists(), query] as const,
  topics: () => [...adviceKeys.all, 'topics'] as const,
  details: () => [...adviceKeys.all, 'detail'] as const,
  detail: (id: string) => [...adviceKeys.details(), id] as const,
  comments: (id: string) => [...adviceKeys.detail(id), 'comments'] as const,
};

export type AdviceFilter = 'topic' | 'authorId';

export const adviceListConfig: ListConfig<AdviceFilter> = {
  sortFields: adviceSortFields,
  // No default in the URL sense: the implicit order depends on whether there is a search.
  filters: { topic: null, authorId: null },
  defaultPageSize: 10,
};

/**
 * The API query of the search page: with search words and no explicit order, the best
 * matches come first; relevance means nothing without words, so it is dropped then.
 */
export function adviceApiQuery(query: ApiListQuery): ApiListQuery {
  const searching = typeof query.search === 'string' && query.search.trim() !== '';
  if (!searching && query.sort === 'relevance') return { ...query, sort: undefined };
  if (searching && !query.sort) return { ...query, sort: 'relevance' };
  return query;
}

/** The search page's results, the search, topic, order and page in the URL. */
export function useAdviceSearch() {
  return useListQuery<Advice, AdviceFilter>({
    config: adviceListConfig,
    queryKey: (query) => adviceKeys.list(adviceApiQuery(query)),
    queryFn: (query, signal) => adviceApi.list(adviceApiQuery(query), signal),
  });
}

export function useAdviceTopics() {
  return useQuery({
    queryKey: adviceKeys.topics(),
    queryFn: ({ signal }) => adviceApi.topics(signal),
    staleTime: 60_000,
  });
}

export function useAdvice(id: string, enabled = true) {
  return useQuery({
    queryKey: adviceKeys.detail(id),
    queryFn: ({ signal }) => adviceApi.get(id, signal),
    enabled: enabled && id !== '',
  });
}

function useAdviceSaved() {
  const queryClient = useQueryClient();
  return (advice: Advice) => {
    queryClient.setQueryData(adviceKeys.detail(advice.id), advice);
    void queryClient.invalidateQueries({ queryKey: adviceKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: adviceKeys.topics() });
  };
}

export function useCreateAdvice() {
  const saved = useAdviceSaved();
  return useMutation({
    mutationFn: (body: CreateAdviceRequest) => adviceApi.create(body),
    onSuccess: saved,
  });
}

export function useUpdateAdvice() {
  const saved = useAdviceSaved();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateAdviceRequest }) =>
      adviceApi.update(id, changes),
    onSuccess: saved,
  });
}

export function useDeleteAdvice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => adviceApi.remove(id),
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: adviceKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: adviceKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: adviceKeys.topics() });
    },
  });
}

const COMMENTS_PAGE = 50;

/** The tip's comments, oldest first (a conversation reads top-down), loaded page by page. */
export function useAdviceComments(id: string) {
  return useInfiniteQuery({
    queryKey: adviceKeys.comments(id),
    queryFn: ({ pageParam, signal }) =>
      adviceApi.comments(
        id,
        { page: pageParam, pageSize: COMMENTS_PAGE, sort: 'createdAt' },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
  });
}

/** After a comment changes: the thread and the tip's comment count. */
function useCommentsChanged(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: adviceKeys.comments(id) });
    void queryClient.invalidateQueries({ queryKey: adviceKeys.detail(id), exact: true });
    void queryClient.invalidateQueries({ queryKey: adviceKeys.lists() });
  };
}

export function useAddComment(id: string) {
  const changed = useCommentsChanged(id);
  return useMutation({
    mutationFn: (body: string) => adviceApi.addComment(id, body),
    onSuccess: changed,
  });
}

export function useEditComment(id: string) {
  const changed = useCommentsChanged(id);
  return useMutation({
    mutationFn: ({ commentId, body }: { commentId: string; body: string }) =>
      adviceApi.editComment(id, commentId, body),
    onSuccess: changed,
  });
}

export function useDeleteComment(id: string) {
  const changed = useCommentsChanged(id);
  return useMutation({
    mutationFn: (commentId: string) => adviceApi.removeComment(id, commentId),
    onSuccess: changed,
  });
}
