import { create } from 'zustand';
import type { Manager, Socket } from 'socket.io-client';

/**
 * idle: signed out, no socket. connecting: the first handshake of this sign-in. online.
 * offline: lost after being online; socket.io keeps retrying. closed: ended on purpose (by us, or the
 * server after revoking the session); nobody retries, so telling people "we try again" would be untrue.
 */
type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'offline' | 'closed';

/** What the banner shows: nothing, the offline message, or the short "connected again" message. */
type ConnectionNotice = 'offline' | 'back' | null;

/** Mobile networks drop for a moment all the time; a message that flashes by only worries people. */
export const OFFLINE_GRACE_MS = 2000;
export const BACK_NOTICE_MS = 4000;
/** The first handshake may take a moment; after this long without it, live updates are not coming. */
export const FIRST_CONNECT_PATIENCE_MS = 6000;

type ConnectionState = {
  status: ConnectionStatus;
  notice: ConnectionNotice;
  /** Online at least once since sign-in; before that a failure is the first connect, not an outage. */
  wasOnline: boolean;
  started: () => void;
  connected: () => void;
  lost: (reason: Socket.DisconnectReason) => void;
  retrying: () => void;
  reset: () => void;
};

export const useConnectionStore = create<ConnectionState>((set, get) => {
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let backTimer: ReturnType<typeof setTimeout> | undefined;
  const clearTimers = () => {
    clearTimeout(graceTimer);
    clearTimeout(backTimer);
  };
  const goOffline = () => {
    if (get().status === 'offline') return;
    clearTimers();
    set({ status: 'offline', notice: null });
    graceTimer = setTimeout(() => set({ notice: 'offline' }), OFFLINE_GRACE_MS);
  };

  return {
    status: 'idle',
    notice: null,
    wasOnline: false,
    started: () => {
      clearTimers();
      set({ status: 'connecting', notice: null });
      // A first connect that never succeeds (a proxy that blocks WebSockets, no network) is an outage too.
      graceTimer = setTimeout(() => {
        if (get().status === 'connecting') set({ status: 'offline', notice: 'offline' });
      }, FIRST_CONNECT_PATIENCE_MS);
    },
    connected: () => {
      // Only an outage people were told about gets a "connected again" message.
      const told = get().notice === 'offline';
      clearTimers();
      set({ status: 'online', wasOnline: true, notice: told ? 'back' : null });
      if (told) backTimer = setTimeout(() => set({ notice: null }), BACK_NOTICE_MS);
    },
    lost: (reason) => {
      if (reason === 'io client disconnect' || reason === 'io server disconnect') {
        clearTimers();
        set({ status: 'closed', notice: null });
      } else if (get().wasOnline) goOffline();
      else set({ status: 'connecting' });
    },
    // A deliberate close can still end in automatic retries (a reconnect that failed): then it is an outage.
    retrying: () => (get().wasOnline ? goOffline() : set({ status: 'connecting' })),
    reset: () => {
      clearTimers();
      set({ status: 'idle', notice: null, wasOnline: false });
    },
  };
});

/** The events the store listens to; a fake emitter in tests only needs these. */
export type ConnectionSource = Pick<Socket, 'on' | 'off'> & { io: Pick<Manager, 'on' | 'off'> };

/** Feeds the store from a socket and its Manager; returns the function that stops listening. */
export function trackConnection(socket: ConnectionSource): () => void {
  const { started, connected, lost, retrying } = useConnectionStore.getState();
  started();
  socket.on('connect', connected);
  socket.on('disconnect', lost);
  socket.io.on('reconnect_attempt', retrying);
  return () => {
    socket.off('connect', connected);
    socket.off('disconnect', lost);
    socket.io.off('reconnect_attempt', retrying);
    useConnectionStore.getState().reset();
  };
}
