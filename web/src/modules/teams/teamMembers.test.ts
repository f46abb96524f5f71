import {
  canRemoveMember,
  leadOf,
  sortMembers,
  withLead,
  withMember,
  withoutMember,
} from './teamMembers';

const m = (userId: string, isLead = false) => ({ userId, isLead });
const person = (userId: string, firstName: string, isLead = false) => ({
  userId,
  isLead,
  firstName,
  lastName: '',
  role: 'developer' as const,
  photoUrl: null,
});

describe('team members', () => {
  it('makes the first member of an empty team its lead', () => {
    expect(withMember([], 'a')).toEqual([m('a', true)]);
    expect(withMember([m('a', true)], 'b')).toEqual([m('a', true), m('b')]);
    expect(withMember([m('a', true)], 'a')).toEqual([m('a', true)]);
  });

  it('keeps exactly one lead when the lead changes', () => {
    const next = withLead([m('a', true), m('b'), m('c')], 'c');
    expect(next).toEqual([m('a'), m('b'), m('c', true)]);
    expect(next.filter((x) => x.isLead)).toHaveLength(1);
    expect(leadOf(next)?.userId).toBe('c');
  });

  it('does not remove the lead while others would be left without one', () => {
    const team = [m('a', true), m('b')];
    expect(canRemoveMember(team, 'a')).toBe(false);
    expect(canRemoveMember(team, 'b')).toBe(true);
    expect(canRemoveMember([m('a', true)], 'a')).toBe(true);
    expect(canRemoveMember(team, 'z')).toBe(false);
    expect(withoutMember(team, 'b')).toEqual([m('a', true)]);
  });

  it('lists the lead first, then by name', () => {
    const sorted = sortMembers([
      person('1', 'Yurii'),
      person('2', 'Bohdan'),
      person('3', 'Sofiia', true),
    ]);
    expect(sorted.map((x) => x.firstName)).toEqual(['Sofiia', 'Bohdan', 'Yurii']);
  });
});
