import type { Role } from '@crm/contracts';

/** Sections of the app in menu order. */
export const appModules = [
  'home',
  'clients',
  'contacts',
  'projects',
  'tasks',
  'teams',
  'documents',
  'advisor',
  'statistics',
  'users',
] as const;
export type AppModule = (typeof appModules)[number];

const everyone: readonly Role[] = ['admin', 'manager', 'developer'];
const managers: readonly Role[] = ['admin', 'manager'];

/**
 * Who may open which section: the web's copy of the server's permission matrix, used for the
 * menu and the route guard only — the server enforces the real rule on every endpoint.
 */
export const moduleAccess: Record<AppModule, readonly Role[]> = {
  home: everyone,
  clients: managers,
  contacts: managers,
  projects: everyone,
  tasks: everyone,
  teams: everyone,
  documents: managers,
  advisor: managers,
  statistics: managers,
  users: ['admin'],
};

export function canAccess(role: Role, module: AppModule): boolean {
  return moduleAccess[module].includes(role);
}

export function modulesFor(role: Role): AppModule[] {
  return appModules.filter((module) => canAccess(role, module));
}
