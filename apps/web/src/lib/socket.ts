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
    untrack = trackConnection(socket);
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
