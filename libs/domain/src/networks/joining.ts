import type { InvitationState } from './invitation-state';

export type JoinFacts = { invitation: InvitationState; networkArchived: boolean; alreadyMember: boolean };
export type JoinVerdict = 'join' | 'already_member' | 'invitation_invalid' | 'network_archived';

/**
 * May this invitation bring this person into the network? Someone already in it keeps their
 * membership (the link is not spent on them); a dead link or an archived network lets nobody in.
 */
export function judgeJoin(facts: JoinFacts): JoinVerdict {
  if (facts.invitation !== 'open') return 'invitation_invalid';
  if (facts.networkArchived) return 'network_archived';
  if (facts.alreadyMember) return 'already_member';
  return 'join';
}
