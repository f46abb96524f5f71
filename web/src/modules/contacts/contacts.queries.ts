import type { Contact, CreateContactRequest, UpdateContactRequest } from '@crm/contracts';
import { contactSortFields } from '@crm/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListConfig } from '../../ui/list/listState';
import type { ApiListQuery } from '../../ui/list/useListQuery';
import { useListQuery } from '../../ui/list/useListQuery';
import { clientKeys } from '../clients/clients.queries';
import { communicationKeys } from '../communications/communications.queries';
import { contactsApi } from './contacts.api';

export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  list: (query: ApiListQuery) => [...contactKeys.lists(), query] as const,
  details: () => [...contactKeys.all, 'detail'] as const,
  detail: (id: string) => [...contactKeys.details(), id] as const,
};

export type ContactFilter = 'clientId';

export const contactsListConfig: ListConfig<ContactFilter> = {
  sortFields: contactSortFields,
  defaultSort: 'lastName',
  filters: { clientId: null },
};

export function useContactsList() {
  return useListQuery<Contact, ContactFilter>({
    config: contactsListConfig,
    queryKey: contactKeys.list,
    queryFn: contactsApi.list,
  });
}

/** One page of a client's contact persons, for the client page. */
export function useClientContacts(clientId: string, page: number, pageSize: number) {
  const query: ApiListQuery = { clientId, page, pageSize, sort: 'lastName' };
  return useQuery({
    queryKey: contactKeys.list(query),
    queryFn: ({ signal }) => contactsApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useContact(id: string) {
  return useQuery({
    queryKey: contactKeys.detail(id),
    queryFn: ({ signal }) => contactsApi.get(id, signal),
  });
}

/**
 * After any change: the record is known; contact lists, the clients' contact counts and the
 * histories (which show the person's name) may be stale.
 */
function useContactSaved() {
  const queryClient = useQueryClient();
  return (contact: Contact) => {
    queryClient.setQueryData(contactKeys.detail(contact.id), contact);
    void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: clientKeys.all });
    void queryClient.invalidateQueries({ queryKey: communicationKeys.histories() });
  };
}

export function useCreateContact() {
  const saved = useContactSaved();
  return useMutation({
    mutationFn: (body: CreateContactRequest) => contactsApi.create(body),
    onSuccess: saved,
  });
}

export function useUpdateContact() {
  const saved = useContactSaved();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateContactRequest }) =>
      contactsApi.update(id, changes),
    onSuccess: saved,
  });
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => contactsApi.remove(id),
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: contactKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: clientKeys.all });
      void queryClient.invalidateQueries({ queryKey: communicationKeys.histories() });
    },
  });
}

export function useUploadContactPhoto() {
  const saved = useContactSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: Blob }) => contactsApi.uploadPhoto(id, file),
    onSuccess: (contact) => {
      saved(contact);
      void queryClient.invalidateQueries({ queryKey: ['photo'] });
    },
  });
}

export function useDeleteContactPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => contactsApi.deletePhoto(id),
    onSuccess: (_result, id) => {
      void queryClient.invalidateQueries({ queryKey: contactKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
    },
  });
}
