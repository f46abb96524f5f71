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

/**
 * Record-level access, kept as data like the table above. The callers are: a developer in the
 * team of the record (`member`), a developer of another team (`outsider`), a manager and an admin.
 * A cell is the answer expected for a record someone else owns, or `{ own, other }` where the
 * answer depends on whether the caller owns the record (their profile, comment, done box,
 * communication or tip). List routes answer `listed` or `hidden` for the record. `self` routes
 * name no record but the caller's own.
 *
 * Every route a developer may call has an entry (a new one without an entry fails the test),
 * and so does every route on a record with an owner.
 */
export type Caller = 'member' | 'outsider' | 'manager' | 'admin';
export type Outcome = 200 | 201 | 204 | 403 | 404 | 'listed' | 'hidden';
export type Cell = Outcome | { own: Outcome; other: Outcome };
export type RecordRule = 'self' | Record<Caller, Cell>;

const all = (cell: Cell): Record<Caller, Cell> => ({
  member: cell,
  outsider: cell,
  manager: cell,
  admin: cell,
});
/** Team work: its team's developers and every manager see it, other developers get 404. */
const teamWork = (ok: Outcome, hidden: Outcome): Record<Caller, Cell> => ({
  member: ok,
  outsider: hidden,
  manager: ok,
  admin: ok,
});
/** Changes only the owner makes; an admin may too where `adminToo`. */
const ownerOnly = (ok: Outcome, adminToo: boolean): Record<Caller, Cell> => ({
  member: { own: ok, other: 403 },
  outsider: { own: ok, other: 403 },
  manager: { own: ok, other: 403 },
  admin: { own: ok, other: adminToo ? ok : 403 },
});
/** A team's task comment or done box: the owner in the team; 404 to developers outside it. */
const teamOwned = (ok: Outcome, adminToo: boolean): Record<Caller, Cell> => ({
  ...ownerOnly(ok, adminToo),
  outsider: 404,
});
/** Managers' own records (communications, tips): developers are stopped by their role. */
const managersOwned = (ok: Outcome): Record<Caller, Cell> => ({
  ...ownerOnly(ok, true),
  member: 403,
  outsider: 403,
});
const managersRead: Record<Caller, Cell> = {
  ...all({ own: 200, other: 200 }),
  member: 403,
  outsider: 403,
};

export const expectedRecordAccess: Record<string, RecordRule> = {
  'GET /api/v1/auth/me': 'self',
  'PATCH /api/v1/auth/me': 'self',
  'POST /api/v1/auth/password': 'self',
  'GET /api/v1/home/mine': 'self',

  'GET /api/v1/users': all({ own: 'listed', other: 'listed' }),
  'GET /api/v1/users/:id': all({ own: 200, other: 200 }),
  'PATCH /api/v1/users/:id': ownerOnly(200, true),
  'PUT /api/v1/users/:id/photo': ownerOnly(200, true),
  'DELETE /api/v1/users/:id/photo': ownerOnly(204, true),
  'GET /api/v1/users/:id/photo': all({ own: 200, other: 200 }),

  // Teams are a directory every role reads; what they hold is scoped (their project counts).
  'GET /api/v1/teams': all('listed'),
  'GET /api/v1/teams/:id': all(200),
  'GET /api/v1/projects': teamWork('listed', 'hidden'),
  'GET /api/v1/projects/:id': teamWork(200, 404),
  'GET /api/v1/projects/:id/comments': teamWork(200, 404),
  'GET /api/v1/tasks': teamWork('listed', 'hidden'),
  'GET /api/v1/tasks/:id': teamWork(200, 404),
  'GET /api/v1/tasks/:id/comments': teamWork(200, 404),
  'POST /api/v1/tasks/:id/comments': teamWork(201, 404),
  // Nobody ticks someone else's box, not even an admin.
  'PUT /api/v1/tasks/:id/assignees/:userId/done': teamOwned(200, false),
  'PATCH /api/v1/tasks/:id/comments/:commentId': teamOwned(200, false),
  'DELETE /api/v1/tasks/:id/comments/:commentId': teamOwned(204, true),

  'GET /api/v1/communications/:id': managersRead,
  'PATCH /api/v1/communications/:id': managersOwned(200),
  'DELETE /api/v1/communications/:id': managersOwned(204),
  'GET /api/v1/advice/:id': managersRead,
  'PATCH /api/v1/advice/:id': managersOwned(200),
  'DELETE /api/v1/advice/:id': managersOwned(204),
  'PATCH /api/v1/advice/:id/comments/:commentId': {
    ...managersOwned(200),
    admin: { own: 200, other: 403 },
  },
  'DELETE /api/v1/advice/:id/comments/:commentId': managersOwned(204),
};
