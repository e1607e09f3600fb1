import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { coreRoutes, type CreateInvitationBody, type Invitation } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { networkKeys } from '../networks/queries';

export const invitationKeys = {
  list: (networkId: string) => ['networks', 'detail', networkId, 'invitations'] as const,
  preview: (token: string, viewerId: string | null) => ['invitation', token, viewerId] as const,
};

export const inviteLink = (token: string) => `${window.location.origin}/join/${token}`;

export function useInvitations(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: invitationKeys.list(networkId),
    queryFn: ({ signal }) => callRoute(coreRoutes.invitations, { params: { networkId }, signal }),
    enabled,
  });
}

/** Adds a new invitation on top, or replaces the one with the same id; an unloaded list stays unloaded. */
export function upsertInvitation(list: Invitation[] | undefined, invitation: Invitation): Invitation[] | undefined {
  if (!list) return list;
  const known = list.some((item) => item.id === invitation.id);
  return known ? list.map((item) => (item.id === invitation.id ? invitation : item)) : [invitation, ...list];
}

export function useCreateInvitation(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) => callRoute(coreRoutes.createInvitation, { params: { networkId }, body }),
    onSuccess: (invitation) =>
      client.setQueryData<Invitation[]>(invitationKeys.list(networkId), (old) => upsertInvitation(old, invitation)),
  });
}

export function useRevokeInvitation(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => callRoute(coreRoutes.revokeInvitation, { params: { networkId, invitationId } }),
    onSuccess: (invitation) =>
      client.setQueryData<Invitation[]>(invitationKeys.list(networkId), (old) => upsertInvitation(old, invitation)),
  });
}

/**
 * Public: anyone holding the link may see what they are invited to. The answer depends on who looks
 * (a member hears they are in already), so it waits until that is known (`viewerId` undefined) and
 * is asked again after signing in.
 */
export function useInvitationPreview(token: string, viewerId: string | null | undefined) {
  return useQuery({
    queryKey: invitationKeys.preview(token, viewerId ?? null),
    queryFn: ({ signal }) => callRoute(coreRoutes.invitationPreview, { params: { token }, signal }),
    enabled: viewerId !== undefined,
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callRoute(coreRoutes.acceptInvitation, { params: { token } }),
    onSuccess: () => client.invalidateQueries({ queryKey: networkKeys.all }),
  });
}
