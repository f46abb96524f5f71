import type { Role } from '@crm/contracts';

/** The blocks a start page is made of; each is one API call. */
export type HomeView = 'admin' | 'manager' | 'developer';

/**
 * What each role's start page shows, top to bottom: an admin runs the workspace and often
 * manages clients too, so they get the admin overview and the manager's page below it.
 */
export function homeViewsFor(role: Role): HomeView[] {
  switch (role) {
    case 'admin':
      return ['admin', 'manager'];
    case 'manager':
      return ['manager'];
    case 'developer':
      return ['developer'];
  }
}
