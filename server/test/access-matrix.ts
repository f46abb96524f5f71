import type { Role } from '@crm/contracts';

/**
 * The expected access of every API route, kept as data. `public` routes need no login; for the
 * others, the roles listed may call the route and every other role must get 403. A route that
 * exists on the server but not here fails the access test, and so does an entry here that no
 * longer exists on the server.
 */
const everyone = ['admin', 'manager', 'developer'] as const;
const managers = ['admin', 'manager'] as const;
const admins = ['admin'] as const;

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

  // Clients, contacts and communications: never developers, nested paths and photos included.
  'GET /api/v1/clients': managers,
  'POST /api/v1/clients': managers,
  'GET /api/v1/clients/:id': managers,
  'PATCH /api/v1/clients/:id': managers,
  'DELETE /api/v1/clients/:id': managers,
  'PUT /api/v1/clients/:id/photo': managers,
  'DELETE /api/v1/clients/:id/photo': managers,
  'GET /api/v1/clients/:id/photo': managers,
  'GET /api/v1/clients/:id/communications': managers,
  'GET /api/v1/client-statuses': managers,
  'POST /api/v1/client-statuses': admins,
  'PATCH /api/v1/client-statuses/:key': admins,
  'DELETE /api/v1/client-statuses/:key': admins,
  'GET /api/v1/contacts': managers,
  'POST /api/v1/contacts': managers,
  'GET /api/v1/contacts/:id': managers,
  'PATCH /api/v1/contacts/:id': managers,
  'DELETE /api/v1/contacts/:id': managers,
  'PUT /api/v1/contacts/:id/photo': managers,
  'DELETE /api/v1/contacts/:id/photo': managers,
  'GET /api/v1/contacts/:id/photo': managers,
  'GET /api/v1/contacts/:id/communications': managers,
  'GET /api/v1/communications': managers,
  'POST /api/v1/communications': managers,
  'GET /api/v1/communications/:id': managers,
  'PATCH /api/v1/communications/:id': managers,
  'DELETE /api/v1/communications/:id': managers,
  'GET /api/v1/projects/:id/communications': managers,
  'GET /api/v1/tasks/:id/communications': managers,

  // Delivery: every role reads (developers scoped to their teams' work); managers change.
  'GET /api/v1/teams': everyone,
  'POST /api/v1/teams': managers,
  'GET /api/v1/teams/:id': everyone,
  'PATCH /api/v1/teams/:id': managers,
  'DELETE /api/v1/teams/:id': managers,
  'GET /api/v1/projects': everyone,
  'POST /api/v1/projects': managers,
  'GET /api/v1/projects/:id': everyone,
  'PATCH /api/v1/projects/:id': managers,
  'DELETE /api/v1/projects/:id': managers,
  'GET /api/v1/projects/:id/comments': everyone,
  'GET /api/v1/tasks': everyone,
  'POST /api/v1/tasks': managers,
  'GET /api/v1/tasks/:id': everyone,
  'PATCH /api/v1/tasks/:id': managers,
  'DELETE /api/v1/tasks/:id': managers,
  'PUT /api/v1/tasks/:id/assignees/:userId/done': everyone,
  'GET /api/v1/tasks/:id/comments': everyone,
  'POST /api/v1/tasks/:id/comments': everyone,
  'PATCH /api/v1/tasks/:id/comments/:commentId': everyone,
  'DELETE /api/v1/tasks/:id/comments/:commentId': everyone,

  // Documents and the Advisor: managers and admins only, downloads included.
  'GET /api/v1/documents': managers,
  'POST /api/v1/documents': managers,
  'GET /api/v1/documents/:id': managers,
  'PATCH /api/v1/documents/:id': managers,
  'DELETE /api/v1/documents/:id': managers,
  'PUT /api/v1/documents/:id/file': managers,
  'GET /api/v1/documents/:id/file': managers,
  'GET /api/v1/documents/:id/communications': managers,
  'GET /api/v1/advice': managers,
  'GET /api/v1/advice/topics': managers,
  'POST /api/v1/advice': managers,
  'GET /api/v1/advice/:id': managers,
  'PATCH /api/v1/advice/:id': managers,
  'DELETE /api/v1/advice/:id': managers,
  'GET /api/v1/advice/:id/comments': managers,
  'POST /api/v1/advice/:id/comments': managers,
  'PATCH /api/v1/advice/:id/comments/:commentId': managers,
  'DELETE /api/v1/advice/:id/comments/:commentId': managers,

  // Home pages and statistics.
  'GET /api/v1/home/manager': managers,
  'GET /api/v1/home/mine': everyone,
  'GET /api/v1/home/admin': admins,
  'GET /api/v1/statistics/clients': managers,
  'GET /api/v1/statistics/communications': managers,
  'GET /api/v1/statistics/delivery': managers,
};
