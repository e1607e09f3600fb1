import type { Member, NetworkRole } from '@broedplaats/contracts';

/** Who looks at a member: their own id and their role in that member's network (null: not a member). */
export type MemberViewer = { userId: string; role: NetworkRole | null };

/**
 * Engagement (betrokkenheid 1-5) is a facilitator's judgement: facilitators see everyone's, a member
 * sees only their own. Everyone else gets the member without it.
 */
export function seesEngagement(viewer: MemberViewer, memberUserId: string): boolean {
  return viewer.role === 'facilitator' || viewer.userId === memberUserId;
}

export function withoutEngagement(member: Member): Member {
  const { engagement: _hidden, ...rest } = member;
  return rest;
}

export function memberAsSeenBy(viewer: MemberViewer, member: Member): Member {
  return seesEngagement(viewer, member.userId) ? member : withoutEngagement(member);
}
