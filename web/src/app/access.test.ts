import { canAccess, modulesFor } from './access';

describe('module access', () => {
  it('gives each role exactly its menu', () => {
    expect(modulesFor('developer')).toEqual(['home', 'projects', 'tasks', 'teams']);
    expect(modulesFor('manager')).toEqual([
      'home',
      'clients',
      'contacts',
      'projects',
      'tasks',
      'teams',
      'documents',
      'advisor',
      'statistics',
    ]);
    expect(modulesFor('admin')).toEqual([...modulesFor('manager'), 'users']);
  });

  it('keeps developers away from client data and user management', () => {
    for (const module of [
      'clients',
      'contacts',
      'documents',
      'advisor',
      'statistics',
      'users',
    ] as const) {
      expect(canAccess('developer', module)).toBe(false);
    }
    expect(canAccess('manager', 'users')).toBe(false);
  });
});
