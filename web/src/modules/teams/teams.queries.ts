import type { CreateTeamRequest, Team, UpdateTeamRequest } from '@crm/contracts';
import { teamSortFields } from '@crm/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListConfig } from '../../ui/list/listState';
import type { ApiListQuery } from '../../ui/list/useListQuery';
import { useListQuery } from '../../ui/list/useListQuery';
import { projectKeys } from '../projects/projects.queries';
import { teamsApi } from './teams.api';

export const teamKeys = {
  all: ['teams'] as const,
  lists: () => [...teamKeys.all, 'list'] as const,
  list: (query: ApiListQuery) => [...teamKeys.lists(), query] as const,
  details: () => [...teamKeys.all, 'detail'] as const,
  detail: (id: string) => [...teamKeys.details(), id] as const,
};

export type TeamFilter = never;

export const teamsListConfig: ListConfig<TeamFilter> = {
  sortFields: teamSortFields,
  defaultSort: 'name',
};

export function useTeamsList() {
  return useListQuery<Team, TeamFilter>({
    config: teamsListConfig,
    queryKey: teamKeys.list,
    queryFn: teamsApi.list,
  });
}

export function useTeam(id: string | undefined) {
  return useQuery({
    queryKey: teamKeys.detail(id ?? ''),
    queryFn: ({ signal }) => teamsApi.get(id ?? '', signal),
    enabled: !!id,
  });
}

/** Every team by name, for pickers and filters (a company has dozens, not thousands). */
const allTeamsQuery: ApiListQuery = { page: 1, pageSize: 100, sort: 'name' };
export function useAllTeams() {
  return useQuery({
    queryKey: teamKeys.list(allTeamsQuery),
    queryFn: ({ signal }) => teamsApi.list(allTeamsQuery, signal),
    staleTime: 60_000,
  });
}

function useTeamSaved() {
  const queryClient = useQueryClient();
  return (team: Team) => {
    queryClient.setQueryData(teamKeys.detail(team.id), team);
    void queryClient.invalidateQueries({ queryKey: teamKeys.lists() });
  };
}

export function useCreateTeam() {
  const saved = useTeamSaved();
  return useMutation({
    mutationFn: (body: CreateTeamRequest) => teamsApi.create(body),
    onSuccess: saved,
  });
}

export function useUpdateTeam() {
  const saved = useTeamSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateTeamRequest }) =>
      teamsApi.update(id, changes),
    onSuccess: (team) => {
      saved(team);
      // Projects show their team's name.
      void queryClient.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}

export function useDeleteTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => teamsApi.remove(id),
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: teamKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: teamKeys.lists() });
    },
  });
}
