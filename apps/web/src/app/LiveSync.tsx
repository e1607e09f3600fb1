import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../lib/use-t';
import { useLocation, useNavigate } from 'react-router-dom';
import { notifyWarning } from '../lib/notify';
import { registerAppShell } from '../lib/app-shell';
import { connectSocket, disconnectSocket, type LiveSocket } from '../lib/socket';
import { recheckSession, useMe } from '../features/auth/queries';
import { useLeavingStore } from '../features/members/store';
import { usePresenceStore } from '../features/presence/store';
import { sendWaitingLogs } from '../features/cycles/waiting-logs';
import { bindLiveEvents } from './live-events';

/** Keeps a live connection while someone is signed in and applies what the server reports. */
export function LiveSync() {
  const { t } = useT();
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  // Handlers are bound once per sign-in; they read the latest path and texts through refs.
  const latest = useRef({ path: location.pathname, t, navigate });
  useEffect(() => {
    latest.current = { path: location.pathname, t, navigate };
  });
  const meId = me.data?.id;

  useEffect(() => {
    if (!meId) return;
    registerAppShell();
    sendWaitingLogs(client);
    const listen = (socket: LiveSocket) => {
      let connectedBefore = false;
      const onConnect = () => {
        // The server replays nothing after an outage (it cannot know what we may still see): refetch.
        if (connectedBefore) void client.invalidateQueries();
        connectedBefore = true;
      };
      socket.on('connect', onConnect);
      // The server ends a socket when its session ends: the page signs out at once, not at the next click.
      const onDisconnect = (reason: string) => {
        if (reason !== 'io server disconnect') return;
        void recheckSession(client).then((outcome) => {
          const { t: tr } = latest.current;
          if (outcome === 'ended') notifyWarning(tr('auth:sessionEnded.title'), tr('auth:sessionEnded.text'));
        });
      };
      socket.on('disconnect', onDisconnect);
      const unbind = bindLiveEvents(socket, {
        client,
        meId,
        onRemoved: (networkId, name) => {
          const { leaving, done } = useLeavingStore.getState();
          if (leaving[networkId]) {
            done(networkId);
            return;
          }
          const { t: tr, path, navigate: go } = latest.current;
          notifyWarning(
            tr('networks:live.removedTitle'),
            name ? tr('networks:live.removedNamed', { name }) : tr('networks:live.removed'),
          );
          if (path.startsWith(`/networks/${networkId}`)) go('/networks', { replace: true });
        },
      });
      return () => {
        unbind();
        socket.off('connect', onConnect);
        socket.off('disconnect', onDisconnect);
      };
    };
    let stopListening: (() => void) | undefined;
    // The socket client arrives in its own download; a sign-out meanwhile makes this null.
    void connectSocket().then((socket) => {
      if (socket) stopListening = listen(socket);
    });
    return () => {
      stopListening?.();
      disconnectSocket();
      usePresenceStore.getState().clear();
    };
  }, [meId, client]);

  return null;
}
