import type { NetworkRole, Visibility } from '@broedplaats/contracts';

/** The caller's relation to a network: their role there (null: not a member) and platform-admin status. */
export type Viewer = { role: NetworkRole | null; isPlatformAdmin: boolean };
export type NetworkAccess = 'full' | 'profile' | 'none';

/** Members see everything of their network; others see only a public network's profile. */
export function networkAccess(viewer: Viewer, visibility: Visibility): NetworkAccess {
  if (viewer.role) return 'full';
  if (visibility === 'public' || viewer.isPlatformAdmin) return 'profile';
  return 'none';
}

/**
 * Only facilitators change the network, its invitations and its memberships, and a platform admin on
 * a facilitator-on-duty shift there (the web shows their controls by it).
 */
export const canManageNetwork = (viewer: Viewer & { onDuty?: boolean }): boolean => viewer.role === 'facilitator' || (viewer.isPlatformAdmin && viewer.onDuty === true);

export type MembershipChange =
  | { kind: 'remove'; actorId: string; targetId: string; targetRole: NetworkRole }
  | { kind: 'change-role'; actorId: string; targetId: string; targetRole: NetworkRole; newRole: NetworkRole };

export type MembershipVerdict = 'allowed' | 'forbidden' | 'last_facilitator';

/**
 * Anyone may leave; only facilitators may remove or re-role others; a network never loses its last
 * facilitator (it would be left without anyone who can invite or manage).
 */
export function judgeMembershipChange(
  actorRole: NetworkRole | null,
  change: MembershipChange,
  facilitatorCount: number,
): MembershipVerdict {
  const self = change.actorId === change.targetId;
  if (!actorRole) return 'forbidden';
  if (!(self && change.kind === 'remove') && actorRole !== 'facilitator') return 'forbidden';
  const losesFacilitator =
    change.targetRole === 'facilitator' && (change.kind === 'remove' || change.newRole !== 'facilitator');
  if (losesFacilitator && facilitatorCount <= 1) return 'last_facilitator';
  return 'allowed';
}
