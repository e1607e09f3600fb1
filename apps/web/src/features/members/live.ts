import type { Member, Network } from '@broedplaats/contracts';
import { liveFeature } from '../../lib/live';
import { networkKeys } from '../networks/queries';
import { usePresenceStore } from '../presence/store';
import { memberKeys } from './queries';

function upsertMember(list: Member[] | undefined, member: Member): Member[] | undefined {
  if (!list) return list;
  return list.some((m) => m.userId === member.userId)
    ? list.map((m) => (m.userId === member.userId ? member : m))
    : [...list, member];
}

export const memberLive = liveFeature(({ client, meId, onRemoved }) => {
  const refreshNetwork = (networkId: string) => {
    void client.invalidateQueries({ queryKey: networkKeys.detail(networkId), exact: true });
    void client.invalidateQueries({ queryKey: networkKeys.lists() });
  };

  return {
    'member.joined': ({ networkId, member }) => {
      client.setQueryData<Member[]>(memberKeys.list(networkId), (old) => upsertMember(old, member));
      refreshNetwork(networkId);
    },
    'member.updated': ({ networkId, member }) => {
      const before = client.getQueryData<Member[]>(memberKeys.list(networkId))?.find((m) => m.userId === member.userId);
      client.setQueryData<Member[]>(memberKeys.list(networkId), (old) => upsertMember(old, member));
      // My own role decides what I may do here, so the network (with myRole) is fetched again; my
      // profile edits reach every network I am in and change no rights, so they fetch nothing.
      if (member.userId !== meId || before?.role === member.role) return;
      refreshNetwork(networkId);
      // It also decides whose engagement the server shows me: the list comes again with the new role.
      if (before) void client.invalidateQueries({ queryKey: memberKeys.list(networkId), exact: true });
    },
    'member.removed': ({ networkId, userId }) => {
      if (userId === meId) {
        const name = client.getQueryData<Network>(networkKeys.detail(networkId))?.name ?? null;
        client.removeQueries({ queryKey: networkKeys.detail(networkId) });
        void client.invalidateQueries({ queryKey: networkKeys.lists() });
        usePresenceStore.getState().forget(networkId);
        onRemoved(networkId, name);
        return;
      }
      client.setQueryData<Member[]>(memberKeys.list(networkId), (old) => old?.filter((m) => m.userId !== userId));
      refreshNetwork(networkId);
    },
  };
});
