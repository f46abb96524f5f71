import type { Role } from '@crm/contracts';

/**
 * The expected access of every API route, kept as data. `public` routes need no login; for the
 * others, the roles listed may call the route and every other role must get 403. A route that
 * exists on the server but not here fails the access test, and so does an entry here that no
 * longer exists on the server.
 */
export const expectedAccess: Record<string, 'public' | readonly Role[]> = {
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/refresh': 'public',
  'POST /api/v1/auth/logout': 'public',
  'GET /api/v1/auth/me': ['admin', 'manager', 'developer'],
  'PATCH /api/v1/auth/me': ['admin', 'manager', 'developer'],
  'POST /api/v1/auth/password': ['admin', 'manager', 'developer'],
  'GET /api/v1/users': ['admin', 'manager', 'developer'],
  'POST /api/v1/users': ['admin'],
  'GET /api/v1/users/:id': ['admin', 'manager', 'developer'],
  'PATCH /api/v1/users/:id': ['admin', 'manager', 'developer'],
  'DELETE /api/v1/users/:id': ['admin'],
  'POST /api/v1/users/:id/password': ['admin'],
  'PUT /api/v1/users/:id/photo': ['admin', 'manager', 'developer'],
  'DELETE /api/v1/users/:id/photo': ['admin', 'manager', 'developer'],
  'GET /api/v1/users/:id/photo': ['admin', 'manager', 'developer'],
};
