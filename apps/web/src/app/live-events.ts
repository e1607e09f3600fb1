import type { QueryClient } from '@tanstack/react-query';
import { serverEvents, type Invitation, type Member, type Network, type ServerEventName, type ServerEvents } from '@broedplaats/contracts';
import type { LiveSocket } from '../lib/socket';
import { upsertInvitation, invitationKeys } from '../features/invitations/queries';
import { memberKeys } from '../features/members/queries';
import { networkKeys } from '../features/networks/queries';
import { usePresenceStore } from '../features/presence/store';

export type LiveDeps = {
  client: QueryClient;
  meId: string;
  /** Someone removed me from a network (not me leaving it myself). */
  onRemoved: (networkId: string, networkName: string | null) => void;
};

type Handlers = { [K in ServerEventName]: (payload: ServerEvents[K]) => void };

function upsertMember(list: Member[] | undefined, member: Member): Member[] | undefined {
  if (!list) return list;
  return list.some((m) => m.userId === member.userId)
    ? list.map((m) => (m.userId === member.userId ? member : m))
    : [...list, member];
}

/** Maps every server event onto the caches and stores the screens read from. */
export function liveHandlers({ client, meId, onRemoved }: LiveDeps): Handlers {
  const nameOf = (networkId: string) => client.getQueryData<Network>(networkKeys.detail(networkId))?.name ?? null;
  const refreshNetwork = (networkId: string) => {
    void client.invalidateQueries({ queryKey: networkKeys.detail(networkId), exact: true });
    void client.invalidateQueries({ queryKey: networkKeys.lists() });
  };

  return {
    'network.updated': ({ network }) => {
      // The event is the same for everyone, so it carries no role; keep the one we know.
      client.setQueryData<Network>(networkKeys.detail(network.id), (old) => (old ? { ...network, myRole: old.myRole } : old));
      void client.invalidateQueries({ queryKey: networkKeys.lists() });
    },
    'network.archived': ({ networkId }) => {
      client.setQueryData<Network>(networkKeys.detail(networkId), (old) => (old ? { ...old, archived: true } : old));
      // The open page shows its archived notice by itself; lists drop or mark it on refetch.
      void client.invalidateQueries({ queryKey: networkKeys.lists() });
    },
    'member.joined': ({ networkId, member }) => {
      client.setQueryData<Member[]>(memberKeys.list(networkId), (old) => upsertMember(old, member));
      refreshNetwork(networkId);
    },
    'member.updated': ({ networkId, member }) => {
      client.setQueryData<Member[]>(memberKeys.list(networkId), (old) => upsertMember(old, member));
      // My own role decides what I may do here, so the network (with myRole) is fetched again.
      if (member.userId === meId) refreshNetwork(networkId);
    },
    'member.removed': ({ networkId, userId }) => {
      if (userId === meId) {
        const name = nameOf(networkId);
        client.removeQueries({ queryKey: networkKeys.detail(networkId) });
        void client.invalidateQueries({ queryKey: networkKeys.lists() });
        usePresenceStore.getState().forget(networkId);
        onRemoved(networkId, name);
        return;
      }
      client.setQueryData<Member[]>(memberKeys.list(networkId), (old) => old?.filter((m) => m.userId !== userId));
      refreshNetwork(networkId);
    },
    'invitation.created': ({ networkId, invitation }) => {
      client.setQueryData<Invitation[]>(invitationKeys.list(networkId), (old) => upsertInvitation(old, invitation));
    },
    'invitation.updated': ({ networkId, invitation }) => {
      client.setQueryData<Invitation[]>(invitationKeys.list(networkId), (old) => upsertInvitation(old, invitation));
    },
    'presence.changed': (payload) => usePresenceStore.getState().apply(payload),
  };
}

/** Listens to every event, checking each payload against the contract first; returns the unsubscribe. */
export function bindLiveEvents(socket: LiveSocket, deps: LiveDeps): () => void {
  const handlers = liveHandlers(deps);
  const names = Object.keys(serverEvents) as ServerEventName[];
  const bound = names.map((name) => {
    const listener = (payload: unknown) => {
      const parsed = serverEvents[name].safeParse(payload);
      if (!parsed.success) {
        console.warn(`Ignored a malformed ${name} event`, parsed.error.issues);
        return;
      }
      (handlers[name] as (value: unknown) => void)(parsed.data);
    };
    socket.on(name, listener);
    return () => socket.off(name, listener);
  });
  return () => bound.forEach((unbind) => unbind());
}
