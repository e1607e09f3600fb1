export type InvitationFacts = { reusable: boolean; expiresAt: Date; revokedAt: Date | null; useCount: number };
export type InvitationState = 'open' | 'used' | 'expired' | 'revoked';

/** Revocation wins over everything; a one-off link is spent after its first use. */
export function invitationState(invitation: InvitationFacts, now: Date): InvitationState {
  if (invitation.revokedAt) return 'revoked';
  if (!invitation.reusable && invitation.useCount > 0) return 'used';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'open';
}
