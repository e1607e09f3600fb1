import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { coreRoutes, type Member, type UpdateMemberBody } from '@broedplaats/contracts';
import { callRoute } from '../../lib/api';
import { networkKeys } from '../networks/queries';

export const memberKeys = { list: (networkId: string) => ['networks', 'detail', networkId, 'members'] as const };

export function useMembers(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: memberKeys.list(networkId),
    queryFn: ({ signal }) => callRoute(coreRoutes.members, { params: { networkId }, signal }),
    enabled,
  });
}

export function useUpdateMember(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: UpdateMemberBody }) =>
      callRoute(coreRoutes.updateMember, { params: { networkId, userId }, body }),
    onSuccess: (member) =>
      client.setQueryData<Member[]>(memberKeys.list(networkId), (old) =>
        old?.map((m) => (m.userId === member.userId ? member : m)),
      ),
  });
}

/** Removes someone, or leaves the network when it is yourself. */
export function useRemoveMember(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => callRoute(coreRoutes.removeMember, { params: { networkId, userId } }),
    onSuccess: (_answer, userId) => {
      client.setQueryData<Member[]>(memberKeys.list(networkId), (old) => old?.filter((m) => m.userId !== userId));
      void client.invalidateQueries({ queryKey: networkKeys.detail(networkId), exact: true });
      void client.invalidateQueries({ queryKey: networkKeys.lists() });
    },
  });
}
