import type { AppModule } from './access';

export const modulePaths: Record<AppModule, string> = {
  home: '/',
  clients: '/clients',
  contacts: '/contacts',
  projects: '/projects',
  tasks: '/tasks',
  teams: '/teams',
  documents: '/documents',
  advisor: '/advisor',
  statistics: '/statistics',
  users: '/users',
};

export const paths = {
  login: '/login',
  profile: '/profile',
  user: (id: string) => `/users/${encodeURIComponent(id)}`,
} as const;

/** The section a location belongs to, for highlighting the menu. */
export function moduleOfPath(pathname: string): AppModule | undefined {
  if (pathname === '/') return 'home';
  const entry = Object.entries(modulePaths).find(
    ([, path]) => path !== '/' && (pathname === path || pathname.startsWith(`${path}/`)),
  );
  return entry?.[0] as AppModule | undefined;
}
