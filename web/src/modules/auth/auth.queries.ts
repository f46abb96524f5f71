import { useCallback } from 'react';
import type { UpdateProfileRequest, User } from '@crm/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { session } from '../../api/client';
import { authApi } from './auth.api';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

export function useMe() {
  return useQuery({ queryKey: authKeys.me(), queryFn: ({ signal }) => authApi.me(signal) });
}

export function useLogin() {
  return useMutation({ mutationFn: authApi.login });
}

export function useLogout(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    authApi.logout();
    queryClient.clear();
  }, [queryClient]);
}

/** Keeps the header's name in step when the signed-in user's record was saved. */
export function syncSessionUser(user: User): void {
  if (session.getSnapshot()?.user.id !== user.id) return;
  const { id, username, email, firstName, lastName, role } = user;
  session.updateUser({ id, username, email, firstName, lastName, role });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateProfileRequest) => authApi.updateMe(changes),
    onSuccess: (user) => {
      queryClient.setQueryData(authKeys.me(), user);
      syncSessionUser(user);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: authApi.changePassword });
}
