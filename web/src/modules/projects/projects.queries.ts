import type { CreateProjectRequest, Project, UpdateProjectRequest } from '@crm/contracts';
import { projectSortFields, projectStatuses } from '@crm/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { ListConfig } from '../../ui/list/listState';
import type { ApiListQuery } from '../../ui/list/useListQuery';
import { useListQuery } from '../../ui/list/useListQuery';
import { taskKeys } from '../tasks/tasks.queries';
import { teamKeys } from '../teams/teams.queries';
import { projectsApi } from './projects.api';

export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (query: ApiListQuery) => [...projectKeys.lists(), query] as const,
  details: () => [...projectKeys.all, 'detail'] as const,
  detail: (id: string) => [...projectKeys.details(), id] as const,
  comments: (id: string) => [...projectKeys.detail(id), 'comments'] as const,
  clients: (query: ApiListQuery) => [...projectKeys.all, 'clients', query] as const,
};

export type ProjectFilter = 'status' | 'teamId' | 'clientId' | 'overBudget';

export const projectsListConfig: ListConfig<ProjectFilter> = {
  sortFields: projectSortFields,
  defaultSort: 'name',
  filters: { status: projectStatuses, teamId: null, clientId: null, overBudget: ['true', 'false'] },
};

export function useProjectsList() {
  return useListQuery<Project, ProjectFilter>({
    config: projectsListConfig,
    queryKey: projectKeys.list,
    queryFn: projectsApi.list,
  });
}

/** A fixed slice of projects (a team's, for a picker), outside the URL-synced list. */
export function useProjects(query: ApiListQuery, enabled = true) {
  return useQuery({
    queryKey: projectKeys.list(query),
    queryFn: ({ signal }) => projectsApi.list(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: projectKeys.detail(id ?? ''),
    queryFn: ({ signal }) => projectsApi.get(id ?? '', signal),
    enabled: !!id,
  });
}

export const COMMENTS_PAGE_SIZE = 20;

export function useProjectComments(id: string) {
  return useInfiniteQuery({
    queryKey: projectKeys.comments(id),
    queryFn: ({ pageParam, signal }) =>
      projectsApi.comments(id, { page: pageParam, pageSize: COMMENTS_PAGE_SIZE }, signal),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
  });
}

/** Clients by name for the project form; managers only. */
export function useClientOptions(search: string, enabled = true) {
  const query: ApiListQuery = { page: 1, pageSize: 50, sort: 'name', search: search || undefined };
  return useQuery({
    queryKey: projectKeys.clients(query),
    queryFn: ({ signal }) => projectsApi.clients(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled,
  });
}

function useProjectSaved() {
  const queryClient = useQueryClient();
  return (project: Project) => {
    queryClient.setQueryData(projectKeys.detail(project.id), project);
    void queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
    // Teams count their projects; tasks show their project's name.
    void queryClient.invalidateQueries({ queryKey: teamKeys.all });
    void queryClient.invalidateQueries({ queryKey: taskKeys.all });
  };
}

export function useCreateProject() {
  const saved = useProjectSaved();
  return useMutation({
    mutationFn: (body: CreateProjectRequest) => projectsApi.create(body),
    onSuccess: saved,
  });
}

export function useUpdateProject() {
  const saved = useProjectSaved();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateProjectRequest }) =>
      projectsApi.update(id, changes),
    onSuccess: saved,
  });
}

export function useDeleteProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, cascade }: { id: string; cascade?: boolean }) =>
      projectsApi.remove(id, cascade),
    onSuccess: (_result, { id }) => {
      queryClient.removeQueries({ queryKey: projectKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
    },
  });
}
