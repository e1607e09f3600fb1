import { networkRoom, userRoom, type ClientToServerEvents, type OnlineUser, type ServerToClientEvents } from '@broedplaats/contracts';
import type { Server, Socket } from 'socket.io';

export { networkRoom, userRoom };
/** Events that carry secrets (invitation tokens) go here: only facilitators' sockets are in this room. */
export const facilitatorsRoom = (networkId: string) => `network:${networkId}:facilitators`;
/** One per login session, so revoking a session can drop exactly its sockets. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** Names travel with the socket, so counting who is online needs no database read. */
export type SocketData = { userId: string; sessionId: string; displayName: string };
/** Between API instances (through the adapter); nothing here reaches a client. */
export type InstanceEvents = {
  'presence.counted': (networkId: string, online: OnlineUser[]) => void;
  'user.renamed': (userId: string, displayName: string) => void;
};
export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, InstanceEvents, SocketData>;
export type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, InstanceEvents, SocketData>;

/** The network of a `network:<id>` room, or null for any other room. */
export const networkIdOfRoom = (room: string): string | null => /^network:([0-9a-f-]{36})$/.exec(room)?.[1] ?? null;
