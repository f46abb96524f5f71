import type { CreateUserRequest, UpdateUserRequest, User } from '@crm/contracts';
import { userSortFields } from '@crm/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListConfig } from '../../ui/list/listState';
import type { ApiListQuery } from '../../ui/list/useListQuery';
import { useListQuery } from '../../ui/list/useListQuery';
import { syncSessionUser } from '../auth/auth.queries';
import { usersApi } from './users.api';

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: ApiListQuery) => [...userKeys.lists(), query] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (id: string) => [...userKeys.details(), id] as const,
};

export type UserFilter = 'role' | 'isActive';

export const usersListConfig: ListConfig<UserFilter> = {
  sortFields: userSortFields,
  defaultSort: 'lastName',
  filters: { role: ['admin', 'manager', 'developer'], isActive: ['true', 'false'] },
};

export function useUsersList() {
  return useListQuery<User, UserFilter>({
    config: usersListConfig,
    queryKey: userKeys.list,
    queryFn: usersApi.list,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => usersApi.get(id, signal),
  });
}

/** After any change: the record itself is known, every list may be stale. */
function useUserSaved() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData(userKeys.detail(user.id), user);
    void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    syncSessionUser(user);
  };
}

export function useCreateUser() {
  const saved = useUserSaved();
  return useMutation({
    mutationFn: (body: CreateUserRequest) => usersApi.create(body),
    onSuccess: saved,
  });
}

export function useUpdateUser() {
  const saved = useUserSaved();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUserRequest }) =>
      usersApi.update(id, changes),
    onSuccess: saved,
  });
}

export function useDeleteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => usersApi.remove(id),
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: userKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      usersApi.resetPassword(id, password),
  });
}

export function useUploadPhoto() {
  const saved = useUserSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: Blob }) => usersApi.uploadPhoto(id, file),
    onSuccess: (user) => {
      saved(user);
      void queryClient.invalidateQueries({ queryKey: ['photo'] });
    },
  });
}

export function useDeletePhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => usersApi.deletePhoto(id),
    onSuccess: (_result, id) => {
      void queryClient.invalidateQueries({ queryKey: userKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
