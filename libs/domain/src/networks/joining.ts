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

export type ChangeVerdict = 'allowed' | 'forbidden' | 'network_archived';

/** Changing a network's profile or its invitations: facilitators only, and not once it is archived. */
export function judgeNetworkChange(role: 'facilitator' | 'member' | null, archived: boolean): ChangeVerdict {
  if (role !== 'facilitator') return 'forbidden';
  if (archived) return 'network_archived';
  return 'allowed';
}

export type RestoreVerdict = 'allowed' | 'forbidden' | 'not_archived';

/** Bringing an archived network back: facilitators only, and only when it is archived. */
export function judgeNetworkRestore(role: 'facilitator' | 'member' | null, archived: boolean): RestoreVerdict {
  if (role !== 'facilitator') return 'forbidden';
  if (!archived) return 'not_archived';
  return 'allowed';
}
