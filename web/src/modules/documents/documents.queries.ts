import type { DocumentRecord, UpdateDocumentRequest } from '@crm/contracts';
import { documentSortFields } from '@crm/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListConfig } from '../../ui/list/listState';
import type { ApiListQuery } from '../../ui/list/useListQuery';
import { useListQuery } from '../../ui/list/useListQuery';
import type { NewDocument, UploadCallbacks } from './documents.api';
import { documentsApi } from './documents.api';

export const documentKeys = {
  all: ['documents'] as const,
  lists: () => [...documentKeys.all, 'list'] as const,
  list: (query: ApiListQuery) => [...documentKeys.lists(), query] as const,
  details: () => [...documentKeys.all, 'detail'] as const,
  detail: (id: string) => [...documentKeys.details(), id] as const,
  communications: (id: string, query: ApiListQuery) =>
    [...documentKeys.detail(id), 'communications', query] as const,
};

export type DocumentFilter = 'clientId' | 'projectId' | 'taskId' | 'authorId';

export const documentsListConfig: ListConfig<DocumentFilter> = {
  sortFields: documentSortFields,
  defaultSort: '-createdAt',
  filters: { clientId: null, projectId: null, taskId: null, authorId: null },
};

/** The Documents page's list, its state in the URL. */
export function useDocumentsList() {
  return useListQuery<DocumentRecord, DocumentFilter>({
    config: documentsListConfig,
    queryKey: documentKeys.list,
    queryFn: documentsApi.list,
  });
}

/** A list whose state lives in the component (a section of another record's page). */
export function useDocumentsPage(query: ApiListQuery) {
  return useQuery({
    queryKey: documentKeys.list(query),
    queryFn: ({ signal }) => documentsApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDocument(id: string) {
  return useQuery({
    queryKey: documentKeys.detail(id),
    queryFn: ({ signal }) => documentsApi.get(id, signal),
  });
}

export function useDocumentCommunications(id: string, query: ApiListQuery) {
  return useQuery({
    queryKey: documentKeys.communications(id, query),
    queryFn: ({ signal }) => documentsApi.communications(id, query, signal),
    placeholderData: keepPreviousData,
  });
}

/** After any change: the record itself is known, every list may be stale. */
function useDocumentSaved() {
  const queryClient = useQueryClient();
  return (document: DocumentRecord) => {
    queryClient.setQueryData(documentKeys.detail(document.id), document);
    void queryClient.invalidateQueries({ queryKey: documentKeys.lists() });
  };
}

export function useUploadDocument() {
  const saved = useDocumentSaved();
  return useMutation({
    mutationFn: ({ document, callbacks }: { document: NewDocument; callbacks?: UploadCallbacks }) =>
      documentsApi.create(document, callbacks),
    onSuccess: saved,
  });
}

export function useReplaceFile() {
  const saved = useDocumentSaved();
  return useMutation({
    mutationFn: ({
      id,
      file,
      callbacks,
    }: {
      id: string;
      file: File;
      callbacks?: UploadCallbacks;
    }) => documentsApi.replaceFile(id, file, callbacks),
    onSuccess: saved,
  });
}

export function useUpdateDocument() {
  const saved = useDocumentSaved();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateDocumentRequest }) =>
      documentsApi.update(id, changes),
    onSuccess: saved,
  });
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => documentsApi.remove(id),
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: documentKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: documentKeys.lists() });
    },
  });
}
