import { useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@broedplaats/contracts';
import { trackConnection } from './connection';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: LiveSocket | null = null;
let untrack: (() => void) | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/** One connection per tab, opened after sign-in; the session cookie authenticates it. */
export function connectSocket(): LiveSocket {
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
