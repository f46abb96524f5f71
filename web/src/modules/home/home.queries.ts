import type { DeveloperHome } from '@crm/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { homeApi } from './home.api';

export const homeKeys = {
  all: ['home'] as const,
  manager: () => [...homeKeys.all, 'manager'] as const,
  mine: () => [...homeKeys.all, 'mine'] as const,
  admin: () => [...homeKeys.all, 'admin'] as const,
};

// A start page is glanced at often: fresh on every visit, but no refetch storm while on it.
const startPage = { staleTime: 0, refetchOnMount: 'always' } as const;

export function useManagerHome() {
  return useQuery({
    ...startPage,
    queryKey: homeKeys.manager(),
    queryFn: ({ signal }) => homeApi.manager(signal),
  });
}

export function useMyHome() {
  return useQuery({
    ...startPage,
    queryKey: homeKeys.mine(),
    queryFn: ({ signal }) => homeApi.mine(signal),
  });
}

export function useAdminHome() {
  return useQuery({
    ...startPage,
    queryKey: homeKeys.admin(),
    queryFn: ({ signal }) => homeApi.admin(signal),
  });
}

export function useSetMyDone(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, done }: { taskId: string; done: boolean }) =>
      homeApi.setMyDone(taskId, userId, done),
    onSuccess: (task) => {
      // The box shows its new state at once; the refetch then brings the counts.
      queryClient.setQueryData<DeveloperHome>(
        homeKeys.mine(),
        (home) =>
          home && {
            ...home,
            myTasks: {
              ...home.myTasks,
              items: home.myTasks.items.map((item) => (item.id === task.id ? task : item)),
            },
          },
      );
      void queryClient.invalidateQueries({ queryKey: homeKeys.all });
      // The task and its project's progress changed wherever else they are cached.
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['projects'] });
    },
  });
}
