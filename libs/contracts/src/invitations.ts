import { z } from 'zod';
import { Id, Timestamp } from './common';
import { NetworkRole, ParticipantCategory, Province } from './networks';

export const CreateInvitationBody = z.object({
  role: NetworkRole.default('member'),
  category: ParticipantCategory,
  /** Days until the link stops working. */
  expiresInDays: z.number().int().min(1).max(90).default(14),
  /** One-off links work once; reusable links work until they expire or are revoked. */
  reusable: z.boolean().default(false),
});
export type CreateInvitationBody = z.input<typeof CreateInvitationBody>;

export const Invitation = z.object({
  id: Id,
  networkId: Id,
  role: NetworkRole,
  category: ParticipantCategory,
  reusable: z.boolean(),
  expiresAt: Timestamp,
  revokedAt: Timestamp.nullable(),
  useCount: z.number().int(),
  createdAt: Timestamp,
  createdByName: z.string(),
  /** The secret part of the link; only returned to facilitators. */
  token: z.string(),
  state: z.enum(['open', 'used', 'expired', 'revoked']),
});
export type Invitation = z.infer<typeof Invitation>;
export const InvitationList = z.array(Invitation);

/** What anyone holding a link may see before joining. */
export const InvitationPreview = z.object({
  networkId: Id,
  networkName: z.string(),
  province: Province,
  role: NetworkRole,
  category: ParticipantCategory,
  expiresAt: Timestamp,
  invitedByName: z.string(),
  /** True when the caller is signed in and already in the network, so the page says so instead of offering to join. */
  alreadyMember: z.boolean(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationResult = z.object({ networkId: Id });
export type AcceptInvitationResult = z.infer<typeof AcceptInvitationResult>;
