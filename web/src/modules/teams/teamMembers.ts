import type { Team, TeamMember } from '@crm/contracts';

/** What PATCH /teams/{id} takes as `members`. */
export interface MemberInput {
  userId: string;
  isLead: boolean;
}

export function leadOf<M extends { isLead: boolean }>(members: readonly M[]): M | undefined {
  return members.find((member) => member.isLead);
}

/** The lead first, then everyone else by name. */
export function sortMembers(members: readonly TeamMember[]): TeamMember[] {
  return [...members].sort(
    (a, b) =>
      Number(b.isLead) - Number(a.isLead) ||
      `${a.firstName} ${a.lastName}`.localeCompare(`${b.firstName} ${b.lastName}`),
  );
}

const toInput = (members: readonly MemberInput[]): MemberInput[] =>
  members.map(({ userId, isLead }) => ({ userId, isLead }));

/**
 * Adds a member; the first member of a team becomes its lead, because a team with members must
 * have exactly one.
 */
export function withMember(members: readonly MemberInput[], userId: string): MemberInput[] {
  if (members.some((member) => member.userId === userId)) return toInput(members);
  return [...toInput(members), { userId, isLead: members.length === 0 }];
}

/** Whether a member can be removed without leaving the others without a lead. */
export function canRemoveMember(members: readonly MemberInput[], userId: string): boolean {
  const member = members.find((m) => m.userId === userId);
  return !!member && (!member.isLead || members.length === 1);
}

export function withoutMember(members: readonly MemberInput[], userId: string): MemberInput[] {
  return toInput(members.filter((member) => member.userId !== userId));
}

/** Makes one member the lead, and nobody else. */
export function withLead(members: readonly MemberInput[], userId: string): MemberInput[] {
  return members.map((member) => ({ userId: member.userId, isLead: member.userId === userId }));
}

export function memberName(member: Pick<TeamMember, 'firstName' | 'lastName'>): string {
  return `${member.firstName} ${member.lastName}`.trim();
}

export function isMember(team: Pick<Team, 'members'>, userId: string): boolean {
  return team.members.some((member) => member.userId === userId);
}
