import { useSyncExternalStore } from 'react';
import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@broedplaats/contracts';
import { trackConnection } from './connection';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: LiveSocket | null = null;
let untrack: (() => void) | null = null;
/** Moves on at every disconnect, so a connect still downloading its client knows it came too late. */
let generation = 0;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/**
 * One connection per tab, opened after sign-in; the session cookie authenticates it. The socket.io
 * client is downloaded here, not with the first page: the login page has no use for it. Resolves to
 * null when the socket was closed (signed out, unmounted) before the client arrived.
 */
export async function connectSocket(): Promise<LiveSocket | null> {
  const mine = generation;
  const { io } = await import('socket.io-client');
  if (mine !== generation) return null;
  if (!socket) {
    socket = io({ path: '/socket.io', withCredentials: true });
    const stopTracking = trackConnection(socket);
    const stopFollowing = followBrowserNetwork(socket);
    untrack = () => (stopFollowing(), stopTracking());
    changed();
  } else if (socket.disconnected) {
    socket.connect();
  }
  return socket;
}

export function disconnectSocket(): void {
  generation++;
  if (!socket) return;
  socket.disconnect();
  untrack?.();
  untrack = null;
  socket = null;
  changed();
}

/**
 * The browser knows sooner than socket.io that the network is gone, and may keep a dead WebSocket open
 * for minutes (unsent edits would wait in it). Offline: close the transport and stop retrying, which
 * counts as an outage (the banner and the editors say so). Online: connect at once, not after the backoff.
 */
function followBrowserNetwork(live: LiveSocket): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const offline = () => {
    live.io.reconnection(false);
    live.io.engine?.close();
  };
  const online = () => {
    live.io.reconnection(true);
    if (!live.connected) live.connect();
  };
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return () => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  };
}

/** After joining a network the server must put us in its room, which it does at the handshake. */
export function reconnectSocket(): void {
  if (!socket) return;
  socket.disconnect();
  socket.connect();
}

/** The current socket for components; they re-render when it is opened or closed. */
export function useSocket(): LiveSocket | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => socket,
  );
}
