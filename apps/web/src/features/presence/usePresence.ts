import { useEffect } from 'react';
import { clientEvents } from '@broedplaats/contracts';
import { useSocket } from '../../lib/socket';
import { usePresenceStore } from './store';

/** Asks the server who is online in a network now, and again after every reconnect. */
export function usePresence(networkId: string, enabled: boolean) {
  const online = usePresenceStore((state) => state.online[networkId]);
  const apply = usePresenceStore((state) => state.apply);
  const socket = useSocket();

  useEffect(() => {
    if (!enabled || !socket) return;
    const ask = () =>
      socket.emit('presence.list', { networkId }, (answer) => {
        const parsed = clientEvents['presence.list'].ack.safeParse(answer);
        if (parsed.success && 'online' in parsed.data) apply({ networkId, online: parsed.data.online });
      });
    if (socket.connected) ask();
    socket.on('connect', ask);
    return () => {
      socket.off('connect', ask);
    };
  }, [networkId, enabled, apply, socket]);

  return online;
}
