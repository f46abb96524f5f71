import type {
  Communication,
  CreateCommunicationRequest,
  UpdateCommunicationRequest,
} from '@crm/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiListQuery } from '../../ui/list/useListQuery';
import type { HistorySource } from './communications.api';
import { communicationsApi } from './communications.api';

export const communicationKeys = {
  all: ['communications'] as const,
  histories: () => [...communicationKeys.all, 'history'] as const,
  history: (source: HistorySource, query: ApiListQuery) =>
    [...communicationKeys.histories(), source.kind, source.id, query] as const,
  details: () => [...communicationKeys.all, 'detail'] as const,
  detail: (id: string) => [...communicationKeys.details(), id] as const,
};

export const HISTORY_PAGE_SIZE = 10;

/**
 * A history, newest first, grown page by page ("show more"). Filters are part of the key, so
 * changing one starts again from the newest entries.
 */
export function useHistory(source: HistorySource, filters: ApiListQuery) {
  return useInfiniteQuery({
    queryKey: communicationKeys.history(source, filters),
    queryFn: ({ pageParam, signal }) =>
      communicationsApi.history(
        source,
        { ...filters, page: pageParam, pageSize: HISTORY_PAGE_SIZE },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
  });
}

/**
 * A communication shows on its contact's, its client's, its project's and its task's history:
 * any change may touch all of them, so every history is refetched.
 */
function useCommunicationsChanged() {
  const queryClient = useQueryClient();
  return (communication?: Communication) => {
    if (communication) {
      queryClient.setQueryData(communicationKeys.detail(communication.id), communication);
    }
    void queryClient.invalidateQueries({ queryKey: communicationKeys.histories() });
  };
}

export function useCreateCommunication() {
  const changed = useCommunicationsChanged();
  return useMutation({
    mutationFn: (body: CreateCommunicationRequest) => communicationsApi.create(body),
    onSuccess: changed,
  });
}

export function useUpdateCommunication() {
  const changed = useCommunicationsChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateCommunicationRequest }) =>
      communicationsApi.update(id, changes),
    onSuccess: changed,
  });
}

export function useDeleteCommunication() {
  const changed = useCommunicationsChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => communicationsApi.remove(id),
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: communicationKeys.detail(id) });
      changed();
    },
  });
}
