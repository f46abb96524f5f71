import type { Role } from '@crm/contracts';

const everyone = ['admin', 'manager', 'developer'] as const satisfies readonly Role[];
const adminsOnly = ['admin'] as const satisfies readonly Role[];
const managers = ['admin', 'manager'] as const satisfies readonly Role[];

/**
 * The permission matrix: which roles may call a route at all. Every API route names one of these
 * (or `public`); rules about *which records* a role sees live in `scopes.ts`. This table is data,
 * and the access test walks every route × role against it.
 */
export const permissions = {
  /** One's own session and profile. */
  self: everyone,
  /** The user directory (names, role, photo). */
  'users.read': everyone,
  /** Creating, changing, deactivating users and resetting passwords. */
  'users.manage': adminsOnly,
  /** PATCH /users/{id}: any role may reach it; the service allows only yourself or an admin. */
  'users.edit': everyone,
  /** Clients, their contact persons and the communication history: never developers. */
  clients: managers,
  /** Adding and changing client statuses. */
  'clientStatuses.manage': adminsOnly,
  /** Teams, projects and tasks: every role reads (developers only their teams' work, by scope). */
  'delivery.read': everyone,
  /** Creating, changing and deleting teams, projects and tasks. */
  'delivery.manage': managers,
  /** Commenting on tasks and ticking one's own done box (on tasks the caller can see). */
  'tasks.participate': everyone,
  /** The company's documents: never developers, downloads included. */
  documents: managers,
  /** The Advisor knowledge base of managers. */
  advice: managers,
  /** Home pages: the manager view (admins too), every role's own tasks and teams, the admin view. */
  'home.manager': managers,
  'home.mine': everyone,
  'home.admin': adminsOnly,
  /** The Statistics page. */
  statistics: managers,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;
export type Access = Permission | 'public';

export function roleMay(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
