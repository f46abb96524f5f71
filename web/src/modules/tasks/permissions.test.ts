import { canDeleteComment, canEditComment, canManageDelivery, canTickBox } from './permissions';

const me = { id: 'u1', role: 'developer' as const };
const admin = { id: 'a1', role: 'admin' as const };

describe('delivery permissions', () => {
  it('lets managers and admins run teams, projects and tasks', () => {
    expect(canManageDelivery('admin')).toBe(true);
    expect(canManageDelivery('manager')).toBe(true);
    expect(canManageDelivery('developer')).toBe(false);
  });

  it('lets only the assignee tick their own box', () => {
    expect(canTickBox(me, { userId: 'u1' })).toBe(true);
    expect(canTickBox(me, { userId: 'u2' })).toBe(false);
    // Not even an admin ticks for someone else.
    expect(canTickBox(admin, { userId: 'u1' })).toBe(false);
  });

  it('lets the author edit a comment, and the author or an admin delete it', () => {
    expect(canEditComment(me, { authorId: 'u1' })).toBe(true);
    expect(canEditComment(me, { authorId: 'u2' })).toBe(false);
    expect(canEditComment(admin, { authorId: 'u1' })).toBe(false);
    expect(canDeleteComment(me, { authorId: 'u1' })).toBe(true);
    expect(canDeleteComment(me, { authorId: 'u2' })).toBe(false);
    expect(canDeleteComment(admin, { authorId: 'u1' })).toBe(true);
    // A deleted author's comment: only an admin removes it.
    expect(canEditComment(me, { authorId: null })).toBe(false);
    expect(canDeleteComment(me, { authorId: null })).toBe(false);
    expect(canDeleteComment(admin, { authorId: null })).toBe(true);
  });
});
