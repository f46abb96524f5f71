import type { Client, CreateClientRequest, UpdateClientRequest, User } from '@crm/contracts';
import {
  builtInClientStatuses,
  clientSources,
  clientSortFields,
  clientTypes,
} from '@crm/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListConfig } from '../../ui/list/listState';
import type { ApiListQuery } from '../../ui/list/useListQuery';
import { useListQuery } from '../../ui/list/useListQuery';
import { communicationKeys } from '../communications/communications.queries';
import { contactKeys } from '../contacts/contacts.queries';
import { usersApi } from '../users/users.api';
import { userKeys } from '../users/users.queries';
import { clientsApi } from './clients.api';

export const clientKeys = {
  all: ['clients'] as const,
  lists: () => [...clientKeys.all, 'list'] as const,
  list: (query: ApiListQuery) => [...clientKeys.lists(), query] as const,
  details: () => [...clientKeys.all, 'detail'] as const,
  detail: (id: string) => [...clientKeys.details(), id] as const,
  statuses: () => [...clientKeys.all, 'statuses'] as const,
};

export type ClientFilter = 'type' | 'isVip' | 'source' | 'status' | 'managerId';

export const clientsListConfig: ListConfig<ClientFilter> = {
  sortFields: clientSortFields,
  defaultSort: 'name',
  // Statuses admins add and manager ids are open sets: the API checks them.
  filters: {
    type: clientTypes,
    isVip: ['true', 'false'],
    source: clientSources,
    status: null,
    managerId: null,
  },
};

export function useClientsList() {
  return useListQuery<Client, ClientFilter>({
    config: clientsListConfig,
    queryKey: clientKeys.list,
    queryFn: clientsApi.list,
  });
}

/** A page of clients outside a list screen (the client picker). */
export function useClientsSearch(search: string, enabled = true) {
  const query: ApiListQuery = { search: search || undefined, pageSize: 20, sort: 'name' };
  return useQuery({
    queryKey: clientKeys.list(query),
    queryFn: ({ signal }) => clientsApi.list(query, signal),
    enabled,
    staleTime: 30_000,
  });
}

export function useClient(id: string | undefined) {
  return useQuery({
    queryKey: clientKeys.detail(id ?? ''),
    queryFn: ({ signal }) => clientsApi.get(id ?? '', signal),
    enabled: !!id,
  });
}

/** After any change: the record itself is known, every list may be stale. */
function useClientSaved() {
  const queryClient = useQueryClient();
  return (client: Client) => {
    queryClient.setQueryData(clientKeys.detail(client.id), client);
    void queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
    // Contacts and histories show the client's name.
    void queryClient.invalidateQueries({ queryKey: contactKeys.all });
    void queryClient.invalidateQueries({ queryKey: communicationKeys.all });
  };
}

export function useCreateClient() {
  const saved = useClientSaved();
  return useMutation({
    mutationFn: (body: CreateClientRequest) => clientsApi.create(body),
    onSuccess: saved,
  });
}

export function useUpdateClient() {
  const saved = useClientSaved();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateClientRequest }) =>
      clientsApi.update(id, changes),
    onSuccess: saved,
  });
}

export function useDeleteClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, cascade }: { id: string; cascade?: boolean }) =>
      clientsApi.remove(id, cascade),
    onSuccess: (_result, { id }) => {
      queryClient.removeQueries({ queryKey: clientKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: contactKeys.all });
      void queryClient.invalidateQueries({ queryKey: communicationKeys.all });
    },
  });
}

export function useUploadClientPhoto() {
  const saved = useClientSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: Blob }) => clientsApi.uploadPhoto(id, file),
    onSuccess: (client) => {
      saved(client);
      void queryClient.invalidateQueries({ queryKey: ['photo'] });
    },
  });
}

export function useDeleteClientPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => clientsApi.deletePhoto(id),
    onSuccess: (_result, id) => {
      void queryClient.invalidateQueries({ queryKey: clientKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
    },
  });
}

export function useClientStatuses() {
  return useQuery({
    queryKey: clientKeys.statuses(),
    queryFn: ({ signal }) => clientsApi.statuses(signal),
    staleTime: 5 * 60_000,
  });
}

function useStatusesChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: clientKeys.statuses() });
}

export function useCreateClientStatus() {
  const changed = useStatusesChanged();
  return useMutation({
    mutationFn: (body: { key: string; label: string }) => clientsApi.createStatus(body),
    onSuccess: changed,
  });
}

export function useUpdateClientStatus() {
  const changed = useStatusesChanged();
  return useMutation({
    mutationFn: ({
      key,
      changes,
    }: {
      key: string;
      changes: { label?: string; position?: number };
    }) => clientsApi.updateStatus(key, changes),
    onSuccess: changed,
  });
}

export function useDeleteClientStatus() {
  const changed = useStatusesChanged();
  return useMutation({
    mutationFn: (key: string) => clientsApi.removeStatus(key),
    onSuccess: changed,
  });
}

const managersQuery: ApiListQuery = { role: 'manager', pageSize: 100, sort: 'lastName' };

/** Every manager (active or not): clients may still point at a deactivated one. */
export function useManagers() {
  return useQuery({
    queryKey: userKeys.list(managersQuery),
    queryFn: ({ signal }) => usersApi.list(managersQuery, signal),
    select: (page): User[] => page.items,
    staleTime: 5 * 60_000,
  });
}

export function isBuiltInStatus(key: string): key is (typeof builtInClientStatuses)[number] {
  return (builtInClientStatuses as readonly string[]).includes(key);
}
