import { modulePaths, paths } from '../../app/paths';

const at = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

/** Where the start page's rows lead: the other modules' detail pages, by path only. */
export const links = {
  task: (id: string) => at(modulePaths.tasks, id),
  project: (id: string) => at(modulePaths.projects, id),
  client: (id: string) => at(modulePaths.clients, id),
  contact: (id: string) => at(modulePaths.contacts, id),
  team: (id: string) => at(modulePaths.teams, id),
  /** The projects list filtered to a team's active projects. */
  teamProjects: (teamId: string) =>
    `${modulePaths.projects}?${new URLSearchParams({ teamId, status: 'active' }).toString()}`,
  user: paths.user,
};
