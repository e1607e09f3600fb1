import type { Invitation } from '@broedplaats/contracts';
import { invitationState } from '@broedplaats/domain';
import type { InvitationRow } from './invitations.repository';

export function toInvitation(row: InvitationRow, now = new Date()): Invitation {
  return {
    id: row.id,
    networkId: row.networkId,
    role: row.role,
    category: row.category,
    reusable: row.reusable,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    useCount: row.useCount,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    token: row.token,
    state: invitationState(row, now),
  };
}
