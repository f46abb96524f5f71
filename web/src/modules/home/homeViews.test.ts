import { homeViewsFor } from './homeViews';

describe('homeViewsFor', () => {
  it('gives each role its start page', () => {
    expect(homeViewsFor('manager')).toEqual(['manager']);
    expect(homeViewsFor('developer')).toEqual(['developer']);
  });

  it('shows admins the workspace overview above the manager view', () => {
    expect(homeViewsFor('admin')).toEqual(['admin', 'manager']);
  });

  it('never shows a developer the client figures', () => {
    expect(homeViewsFor('developer')).not.toContain('manager');
    expect(homeViewsFor('developer')).not.toContain('admin');
  });
});
